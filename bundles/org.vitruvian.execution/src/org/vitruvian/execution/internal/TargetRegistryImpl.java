package org.vitruvian.execution.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vitruvian.core.services.ServiceRegistry;
import org.vitruvian.execution.TargetAdapter;
import org.vitruvian.execution.TargetRegistry;

@Component(service = TargetRegistry.class)
public final class TargetRegistryImpl implements TargetRegistry {

    private final ServiceRegistry<TargetAdapter> adapters = new ServiceRegistry<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAdapter(TargetAdapter adapter, Map<String, Object> properties) {
        adapters.add(adapter, properties);
    }

    void removeAdapter(TargetAdapter adapter) {
        adapters.remove(adapter);
    }

    @Override
    public List<TargetAdapter> adapters() {
        return adapters.all();
    }
}
