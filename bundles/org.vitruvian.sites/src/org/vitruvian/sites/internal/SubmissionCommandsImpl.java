package org.vitruvian.sites.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vitruvian.core.services.ServiceRegistry;
import org.vitruvian.model.site.Site;
import org.vitruvian.sites.SubmissionCommands;
import org.vitruvian.sites.SubmissionCustomizer;

@Component(service = SubmissionCommands.class)
public final class SubmissionCommandsImpl implements SubmissionCommands {

    private final ServiceRegistry<SubmissionCustomizer> customizers = new ServiceRegistry<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCustomizer(SubmissionCustomizer customizer, Map<String, Object> properties) {
        customizers.add(customizer, properties);
    }

    void removeCustomizer(SubmissionCustomizer customizer) {
        customizers.remove(customizer);
    }

    @Override
    public SubmitCommand submitCommand(Site site, String jobScript) {
        List<String> standard = switch (site.getScheduler()) {
            // --parsable makes sbatch print just the job id, which is all the bridge reads.
            case SLURM -> List.of("sbatch", "--parsable", jobScript);
            case PBS -> List.of("qsub", jobScript);
            case KUBERNETES -> List.of("kubectl", "apply", "-f", jobScript);
            case NONE -> List.of();
        };
        return customizers.find(c -> c.appliesTo(site))
                .map(c -> new SubmitCommand(List.copyOf(c.submitCommand(site, jobScript, standard)), c.getClass().getName()))
                .orElse(new SubmitCommand(standard, "default"));
    }
}
