package org.vitruvian.provenance.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.Runs;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.provenance.RoCrate;
import org.vitruvian.provenance.RoCrateExporter;

@Component(service = RoCrateExporter.class)
public final class RoCrateExporterImpl implements RoCrateExporter {

    private final Runs runs;
    private final ModelService models;

    @Activate
    public RoCrateExporterImpl(@Reference Runs runs, @Reference ModelService models) {
        this.runs = runs;
        this.models = models;
    }

    @Override
    public RoCrate export(String runId, Path folder, String license, boolean replace) {
        RunRecord record = runs.advance(runId);
        if (record.state() == RunState.REFUSED) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " was refused before anything ran, so there is no run "
                    + "to describe; 'vitruvian status " + runId + "' says why.");
        }
        if (!record.state().isFinal()) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " is " + record.state() + "; its RO-Crate can be written once it "
                    + "has ended ('vitruvian status " + runId + "').");
        }
        return RoCrateWriter.write(models, record, folder, license, replace);
    }
}
