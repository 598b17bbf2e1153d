package org.vitruvian.targets.pbs.internal;

import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.model.site.Site;
import org.vitruvian.sites.SubmissionCommands;
import org.vitruvian.ssh.SshSettings;
import org.vitruvian.targets.batch.BatchAdapter;

/** The PBS target: sites with {@code scheduler: pbs}, reached over SSH to their login node. */
@Component(service = TargetAdapter.class)
public final class PbsAdapter extends BatchAdapter {

    /** The service: keys and known hosts from $VITRUVIAN_HOME/ssh and ~/.ssh, qsub as the site's plugins may wrap it. */
    @Activate
    public PbsAdapter(@Reference SubmissionCommands submission) {
        this(site -> SshSettings.forSite(site.getId()), submission);
    }

    public PbsAdapter(Function<Site, SshSettings> settings, SubmissionCommands submission) {
        super(new PbsDialect(), settings, submission);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
