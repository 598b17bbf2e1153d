package org.vitruvian.execution.spi;

import java.nio.file.Path;

/**
 * A container image a target made available for a run's jobs.
 *
 * @param reference what jobs name as their {@link JobSpec#image()} (a tag or a digest)
 * @param recipe    the recipe file it was built from
 * @param context   the build context, or null when the target built nothing here
 * @param built     whether it was built for this run (false: an identical image existed)
 * @param log       the build's log, or null when nothing was built
 */
public record ContainerImage(String reference, String recipe, Path context, boolean built, Path log) {
}
