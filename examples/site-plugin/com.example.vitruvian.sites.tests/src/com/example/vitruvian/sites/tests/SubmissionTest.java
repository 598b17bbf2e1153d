package com.example.vitruvian.sites.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.sites.SubmissionCommands;

class SubmissionTest {

    private static List<String> submit(String siteId) {
        try (ServiceHandle<SiteCatalog> catalog = Services.await(SubmissionTest.class, SiteCatalog.class);
                ServiceHandle<SubmissionCommands> commands = Services.await(SubmissionTest.class, SubmissionCommands.class)) {
            return commands.get().submitCommand(catalog.get().find(siteId).orElseThrow().site(), "job.sh").arguments();
        }
    }

    @Test
    void jobsForOurSiteGoThroughTheProjectWrapper() {
        assertEquals(List.of("site-submit", "--project", "in-silico", "sbatch", "--parsable", "job.sh"), submit("example-hpc"));
    }

    @Test
    void otherSitesKeepTheirStandardCommand() {
        assertEquals(List.of("sbatch", "--parsable", "job.sh"), submit("jureca-dc"));
    }
}
