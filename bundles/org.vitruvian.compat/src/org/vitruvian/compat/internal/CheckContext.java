package org.vitruvian.compat.internal;

import java.util.List;
import java.util.Optional;

import org.vitruvian.model.common.CpuArchitecture;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteKind;

/** What one compatibility question is about, with the defaults the models leave to the reader. */
public record CheckContext(ContainerRecipe recipe, Site site, String partitionName, ResourceRequest resources) {

    /** The image's architecture; the recipe model's default is x86_64. */
    public CpuArchitecture imageArchitecture() {
        return recipe.isSetArchitecture() ? recipe.getArchitecture() : CpuArchitecture.X86_64;
    }

    /** How messages name the site: by the id users type. */
    public String siteLabel() {
        return "site '" + site.getId() + "'";
    }

    /**
     * Whether the site is shared by many users, where a root daemon is not acceptable: it says
     * 'type: hpc', or, when it states no type, it has a batch scheduler, which only shared
     * systems run.
     */
    public boolean sharedHpc() {
        return site.isSetType() ? site.getType() == SiteKind.HPC
                : site.isSetScheduler() && (site.getScheduler() == Scheduler.SLURM || site.getScheduler() == Scheduler.PBS
                        || site.getScheduler() == Scheduler.SGE);
    }

    /** Why {@link #sharedHpc()} holds, for messages. */
    public String sharedHpcReason() {
        return site.isSetType() ? "type: hpc" : "its " + site.getScheduler().getLiteral() + " scheduler";
    }

    public boolean partitionNamed() {
        return partitionName != null && !partitionName.isBlank();
    }

    public Optional<Partition> namedPartition() {
        return !partitionNamed() ? Optional.empty()
                : site.getPartitions().stream().filter(p -> partitionName.strip().equals(p.getName())).findFirst();
    }

    /** Whether the program can use several nodes: only an MPI program can. */
    public boolean spreads() {
        return recipe != null && recipe.getMpi() != null;
    }

    /**
     * The partitions the run may land in: the named one; else those the request fits; else (no
     * request, nothing fits, or an unknown name, each reported by the resource check) all of them,
     * so that the other checks still say what they can.
     */
    public List<Partition> partitions() {
        Optional<Partition> named = namedPartition();
        if (named.isPresent()) {
            return List.of(named.get());
        }
        if (!partitionNamed() && resources != null) {
            List<Partition> fitting = site.getPartitions().stream()
                    .filter(p -> PartitionFit.fits(resources, p, spreads())).toList();
            if (!fitting.isEmpty()) {
                return fitting;
            }
        }
        return List.copyOf(site.getPartitions());
    }
}
