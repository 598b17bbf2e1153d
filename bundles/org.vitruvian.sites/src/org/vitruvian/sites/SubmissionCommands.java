package org.vitruvian.sites;

import java.util.List;

import org.vitruvian.model.site.Site;

/** The command line that submits a job script at a site, after any plugin's {@link SubmissionCustomizer}. */
public interface SubmissionCommands {

    /** A submission command and where it comes from ("default" or the customizer's class). */
    record SubmitCommand(List<String> arguments, String origin) {
    }

    /** Empty arguments when the site has no batch scheduler (jobs start directly). */
    SubmitCommand submitCommand(Site site, String jobScript);
}
