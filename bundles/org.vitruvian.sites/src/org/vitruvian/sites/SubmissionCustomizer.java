package org.vitruvian.sites;

import java.util.List;

import org.vitruvian.model.site.Site;

/**
 * Changes how jobs are handed to a site's scheduler, for sites that wrap or restrict the
 * standard commands (an accounting wrapper around sbatch, a mandatory QOS flag). A plugin
 * registers it as an OSGi service; the highest-ranked customizer that applies wins.
 */
public interface SubmissionCustomizer {

    /** Whether this customizer is meant for the site. */
    boolean appliesTo(Site site);

    /**
     * The command that submits {@code jobScript} at the site, given the command Vitruvian would
     * use otherwise. Every element is one argument: nothing is passed through a shell.
     */
    List<String> submitCommand(Site site, String jobScript, List<String> defaultCommand);
}
