package com.example.vitruvian.submit;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.vitruvian.model.site.Site;
import org.vitruvian.sites.SubmissionCustomizer;

/**
 * Example University charges every job to a project through its own wrapper around sbatch, so
 * jobs for example-hpc are submitted as {@code site-submit --project in-silico sbatch ...}.
 */
@Component(service = SubmissionCustomizer.class)
public final class ProjectQuotaSubmission implements SubmissionCustomizer {

    static final String SITE_ID = "example-hpc";

    @Override
    public boolean appliesTo(Site site) {
        return SITE_ID.equals(site.getId());
    }

    @Override
    public List<String> submitCommand(Site site, String jobScript, List<String> defaultCommand) {
        List<String> command = new ArrayList<>(List.of("site-submit", "--project", "in-silico"));
        command.addAll(defaultCommand);
        return command;
    }
}
