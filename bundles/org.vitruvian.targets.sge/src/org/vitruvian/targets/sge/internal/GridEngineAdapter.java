package org.vitruvian.targets.sge.internal;

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

/** The Grid Engine target: sites with {@code scheduler: sge}, reached over SSH to their login node. */
@Component(service = TargetAdapter.class)
public final class GridEngineAdapter extends BatchAdapter {

    /** The service: keys and known hosts from $VITRUVIAN_HOME/ssh and ~/.ssh, qsub as the site's plugins may wrap it. */
    @Activate
    public GridEngineAdapter(@Reference SubmissionCommands submission) {
        this(site -> SshSettings.forSite(site.getId()), submission);
    }

    public GridEngineAdapter(Function<Site, SshSettings> settings, SubmissionCommands submission) {
        super(new GridEngineDialect(), settings, submission);
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
