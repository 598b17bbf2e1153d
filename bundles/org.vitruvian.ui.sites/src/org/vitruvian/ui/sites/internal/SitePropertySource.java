package org.vitruvian.ui.sites.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Site;
import org.vitruvian.sites.CatalogSite;

/** A site's details in the Properties view, read-only: user sites are changed in the Site editor. */
final class SitePropertySource implements IPropertySource {

    private record Row(String category, String name, String value) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    SitePropertySource(CatalogSite catalogSite) {
        Site site = catalogSite.site();
        add("Site", "Id", site.getId());
        add("Site", "Name", site.getName());
        add("Site", "Description", site.getDescription());
        add("Site", "Type", site.getType() == null ? null : SiteTree.typeLabel(site.getType()));
        add("Site", "Tier", site.getTier() == null ? null : SiteTree.tierLabel(site));
        add("Site", "Operator", site.getOperator());
        add("Site", "Resource class", site.getResourceClass() == null ? null : site.getResourceClass().getLiteral());
        add("Site", "Profile", site.isProfile() ? "yes: a template other sites refine" : null);
        add("Site", "Refines", site.getRefines());
        if (site.getAccess() != null) {
            add("Access", "Host", site.getAccess().getHost());
            add("Access", "Port", site.getAccess().getPort() == null ? null : site.getAccess().getPort().toString());
            add("Access", "User", site.getAccess().getUser());
        }
        add("Resources", "Scheduler", site.isSetScheduler() ? site.getScheduler().getLiteral() : null);
        List<String> partitions = new ArrayList<>();
        for (Partition partition : site.getPartitions()) {
            partitions.add(partition.getName() + (partition.getNodes() == null ? "" : " (" + partition.getNodes() + " nodes)"));
        }
        add("Resources", "Partitions", partitions.isEmpty() ? null : String.join(", ", partitions));
        add("Resources", "Container runtimes", site.getContainerRuntimes().isEmpty() ? null
                : site.getContainerRuntimes().stream().map(r -> String.valueOf(r.getKind())).collect(Collectors.joining(", ")));
        add("Resources", "Cost per core-hour", site.getCostPerCoreHour() == null ? null : String.valueOf(site.getCostPerCoreHour()));
        add("Catalog", "Origin", catalogSite.origin().label());
        add("Catalog", "Location", catalogSite.location());
    }

    private void add(String category, String name, String value) {
        if (value != null && !value.isBlank()) {
            rows.put(category + "." + name, new Row(category, name, value));
        }
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return rows.entrySet().stream().map(e -> {
            PropertyDescriptor descriptor = new PropertyDescriptor(e.getKey(), e.getValue().name());
            descriptor.setCategory(e.getValue().category());
            return descriptor;
        }).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        Row row = rows.get(id);
        return row == null ? null : row.value();
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
    }
}
