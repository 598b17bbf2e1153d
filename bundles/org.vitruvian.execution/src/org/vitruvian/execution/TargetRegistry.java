package org.vitruvian.execution;

import java.util.List;
import java.util.Optional;

import org.vitruvian.execution.spi.TargetAdapter;

import org.vitruvian.model.site.Site;

/** The target adapters registered now, highest service ranking first. */
public interface TargetRegistry {

    List<TargetAdapter> adapters();

    default Optional<TargetAdapter> adapterFor(Site site) {
        return adapters().stream().filter(a -> a.supports(site)).findFirst();
    }
}
