package org.vitruvian.provenance;

import java.nio.file.Path;

/** Exports runs that have ended as Workflow Run RO-Crates (docs/cli.md, {@code provenance}). */
public interface RoCrateExporter {

    /**
     * Writes a run that has ended (COMPLETED, FAILED or CANCELLED) as a Workflow Run RO-Crate in
     * {@code folder}: the workflow with its services and recipes, the inputs and outputs, each
     * with its SHA-256 (a folder, such as a DICOM series, as a Dataset of its files), the
     * parameter values, one action per step, and the trust decisions. Every file is copied and
     * checked against the digest the run recorded, so the crate holds exactly what ran. The
     * crate is built beside {@code folder} and moved into place, so a failure leaves nothing
     * behind.
     *
     * @param license an SPDX license id or a URL for the crate's content, or null when its owners have not said
     * @param replace whether an earlier crate in {@code folder} may be replaced; any other folder
     *                that is not empty is refused
     * @throws org.vitruvian.core.VitruvianException with {@code FAILED} when the run has not ended,
     *         a file changed since the run or the folder may not be written, {@code ENVIRONMENT}
     *         when reading or writing fails
     */
    RoCrate export(String runId, Path folder, String license, boolean replace);
}
