package org.vitruvian.app.internal.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.vitruvian.core.ExitCode;
import org.vitruvian.provenance.RoCrate;
import org.vitruvian.provenance.RoCrateExporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "provenance", mixinStandardHelpOptions = true,
        description = "Export a run that has ended as a Workflow Run RO-Crate: the workflow with its services and recipes, "
                + "the input and output files with their SHA-256, the parameter values, what each step ran, and the trust decisions.")
public final class ProvenanceCommand implements Callable<Integer> {

    private final RoCrateExporter crates;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "Run id, as 'vitruvian history' shows it.")
    String runId;

    @Option(names = "--ro-crate", paramLabel = "DIR", required = true,
            description = "Folder to write the crate into: a new or empty one (created with its parents).")
    Path folder;

    @Option(names = "--force", description = "Replace the RO-Crate already in DIR.")
    boolean force;

    @Option(names = "--license", paramLabel = "ID",
            description = "License of the crate's content: an SPDX id (CC-BY-4.0) or a URL. Without it the crate says none was given.")
    String license;

    public ProvenanceCommand(RoCrateExporter crates) {
        this.crates = crates;
    }

    @Override
    public Integer call() {
        RoCrate crate = crates.export(runId, folder, license, force);
        spec.commandLine().getOut().println("RO-Crate of run " + runId + " written to " + OutputFiles.display(crate.folder()) + ": "
                + crate.files() + " files, " + crate.bytes() + " bytes, and ro-crate-metadata.json.");
        return ExitCode.OK.status();
    }
}
