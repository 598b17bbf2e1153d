package org.vitruvian.sites.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.vitruvian.model.site.Site;
import org.vitruvian.sites.SubmissionCommands;
import org.vitruvian.sites.SubmissionCustomizer;

@Component(service = SubmissionCommands.class)
public final class SubmissionCommandsImpl implements SubmissionCommands {


    /**
     * Set by SCR, which replaces the whole list when a service comes or goes, so a reader sees
     * either the old list or the new one, never a half-updated one. SCR sorts it as
     * ServiceReference.compareTo does: lowest ranking first.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<SubmissionCustomizer> customizers = List.of();

    /** Highest service ranking first, then the oldest registration: the order OSGi gives getServiceReference. */
    private List<SubmissionCustomizer> customizersByRanking() {
        return customizers.reversed();
    }

    @Override
    public SubmitCommand submitCommand(Site site, String jobScript) {
        List<String> standard = switch (site.getScheduler()) {
            // --parsable makes sbatch print just the job id, which is all the bridge reads.
            case SLURM -> List.of("sbatch", "--parsable", jobScript);
            case PBS -> List.of("qsub", jobScript);
            // -terse: Grid Engine's qsub otherwise answers a sentence around the job id.
            case SGE -> List.of("qsub", "-terse", jobScript);
            case KUBERNETES -> List.of("kubectl", "apply", "-f", jobScript);
            case NONE -> List.of();
        };
        return customizersByRanking().stream().filter(c -> c.appliesTo(site)).findFirst()
                .map(c -> new SubmitCommand(List.copyOf(c.submitCommand(site, jobScript, standard)), c.getClass().getName()))
                .orElse(new SubmitCommand(standard, "default"));
    }
}
