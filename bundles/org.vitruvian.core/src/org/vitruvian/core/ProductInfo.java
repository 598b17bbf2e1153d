package org.vitruvian.core;

/**
 * Name and version of the running Vitruvian installation, as a service so that the CLI, the
 * IDE's About box and run records all report the same build.
 */
public interface ProductInfo {

    String name();

    /** Release version without the build qualifier, e.g. {@code 0.1.0}. */
    String version();

    /** Build qualifier (timestamp) of this build, or an empty string for a development build. */
    String buildId();

    /** One line for {@code --version}: {@code Vitruvian 0.1.0 (build v20261121-2300)}. */
    default String versionLine() {
        return buildId().isEmpty() ? name() + " " + version() : name() + " " + version() + " (build " + buildId() + ")";
    }
}
