package org.vitruvian.execution.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.TargetRegistry;

@Component(service = TargetRegistry.class)
public final class TargetRegistryImpl implements TargetRegistry {


    /**
     * Set by SCR, which replaces the whole list when a service comes or goes, so a reader sees
     * either the old list or the new one, never a half-updated one. SCR sorts it as
     * ServiceReference.compareTo does: lowest ranking first.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<TargetAdapter> adapters = List.of();

    /** Highest service ranking first, then the oldest registration: the order OSGi gives getServiceReference. */
    private List<TargetAdapter> adaptersByRanking() {
        return adapters.reversed();
    }

    @Override
    public List<TargetAdapter> adapters() {
        return adaptersByRanking();
    }
}
