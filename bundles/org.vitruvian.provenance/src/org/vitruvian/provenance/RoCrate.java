package org.vitruvian.provenance;

import java.nio.file.Path;

/** An RO-Crate that {@link RoCrateExporter#export} wrote: its folder, and the files and bytes it holds besides its metadata. */
public record RoCrate(Path folder, int files, long bytes) {
}
