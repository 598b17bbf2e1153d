package org.vitruvian.core.services;

import java.nio.file.Path;
import java.util.List;

import org.vitruvian.core.diagnostics.DiagnosticReport;

/**
 * The user's plugin folder, {@code $VITRUVIAN_HOME/plugins}: OSGi bundles dropped there are
 * installed when Vitruvian starts. Commands depend on this service so that plugins are in
 * place before they run.
 */
public interface PluginFolder {

    Path folder();

    /** "symbolic-name version" of each plugin from the folder. */
    List<String> installed();

    /** Plugins that could not be installed, resolved or started. */
    DiagnosticReport problems();
}
