package org.vitruvian.ui.sites.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteOrigin;

/** The catalog as the view shows it: by type (workstations, HPC, clouds), then by tier, then the sites. */
public final class SiteTree {

    /** A heading row: a type or a tier within it. */
    public record Group(String label, List<Object> children) {
    }

    /** A site's row; adapts to the Properties view. */
    public record SiteNode(CatalogSite site) implements IAdaptable {

        public String id() {
            return site.id();
        }

        /** Whether a login can be tried: a batch site (Slurm, PBS) with a login node to reach over SSH. */
        public boolean reachableBySsh() {
            Site s = site.site();
            return !s.isProfile() && s.getAccess() != null && s.getAccess().getHost() != null
                    && !s.getAccess().getHost().isBlank() && (s.isSetScheduler() ? s.getScheduler() == Scheduler.SLURM
                            || s.getScheduler() == Scheduler.PBS || s.getScheduler() == Scheduler.SGE : s.getType() == SiteKind.HPC);
        }

        public boolean editable() {
            return site.origin() == SiteOrigin.USER;
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == IPropertySource.class ? adapter.cast(new SitePropertySource(site)) : null;
        }
    }

    private SiteTree() {
    }

    public static List<Group> of(List<CatalogSite> sites) {
        Map<SiteKind, List<CatalogSite>> byType = new TreeMap<>(Comparator.comparingInt(SiteKind::getValue));
        for (CatalogSite site : sites) {
            SiteKind type = site.site().getType() == null ? SiteKind.WORKSTATION : site.site().getType();
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(site);
        }
        List<Group> groups = new ArrayList<>();
        byType.forEach((type, members) -> {
            members.sort(Comparator.comparing((CatalogSite s) -> s.site().isProfile())
                    .thenComparing(s -> label(s).toLowerCase(Locale.ROOT)));
            boolean tiered = members.stream().anyMatch(s -> s.site().getTier() != null);
            List<Object> children = new ArrayList<>();
            if (tiered) {
                Map<String, List<Object>> byTier = new LinkedHashMap<>();
                members.stream().sorted(Comparator.comparing((CatalogSite s) -> s.site().getTier() == null ? Integer.MAX_VALUE
                        : s.site().getTier())).forEach(s -> byTier.computeIfAbsent(tierLabel(s.site()), t -> new ArrayList<>())
                                .add(new SiteNode(s)));
                byTier.forEach((tier, tierSites) -> children.add(new Group(tier, tierSites)));
            } else {
                members.forEach(s -> children.add(new SiteNode(s)));
            }
            groups.add(new Group(typeLabel(type), children));
        });
        return groups;
    }

    static String typeLabel(SiteKind type) {
        return switch (type) {
            case HPC -> "HPC";
            case CLOUD -> "Cloud";
            case WORKSTATION -> "Workstations";
        };
    }

    /** PRACE tiers: 0 European, 1 national, 2 regional or institutional. */
    static String tierLabel(Site site) {
        if (site.isProfile()) {
            return "Generic profiles";
        }
        if (site.getTier() == null) {
            return "No tier";
        }
        return switch (site.getTier()) {
            case 0 -> "Tier 0 (European)";
            case 1 -> "Tier 1 (national)";
            case 2 -> "Tier 2 (regional, institutional)";
            default -> "Tier " + site.getTier();
        };
    }

    static String label(CatalogSite site) {
        String name = site.site().getName();
        return name == null || name.isBlank() || name.equals(site.id()) ? site.id() : name + " (" + site.id() + ")";
    }

    static String access(Site site) {
        if (site.getAccess() == null || site.getAccess().getHost() == null) {
            return "";
        }
        String user = site.getAccess().getUser();
        Integer port = site.getAccess().getPort();
        return (user == null ? "" : user + "@") + site.getAccess().getHost() + (port == null || port == 22 ? "" : ":" + port);
    }
}
