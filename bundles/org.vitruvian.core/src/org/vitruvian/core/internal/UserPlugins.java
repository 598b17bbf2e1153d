package org.vitruvian.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.vitruvian.core.VitruvianHome;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.services.PluginFolder;

/**
 * Installs the plugin bundles a user dropped into {@code $VITRUVIAN_HOME/plugins} when Vitruvian
 * starts, resolves them and starts those that ask to be (DS components, lazy activation), so
 * that their sites, adapters and services are there before the first command runs. Plugins
 * already installed from the same file are left alone.
 */
@Component(service = PluginFolder.class)
public final class UserPlugins implements PluginFolder {

    private final Path folder;
    private final List<String> installed = new ArrayList<>();
    private final DiagnosticReport problems = new DiagnosticReport();

    @Activate
    public UserPlugins(BundleContext context) {
        this.folder = VitruvianHome.path().resolve("plugins");
        List<Bundle> added = new ArrayList<>();
        for (Path jar : jars()) {
            String location = jar.toUri().toString();
            try {
                Bundle bundle = context.getBundle(location);
                if (bundle == null) {
                    bundle = context.installBundle(location);
                    added.add(bundle);
                }
                installed.add(bundle.getSymbolicName() + " " + bundle.getVersion());
            } catch (BundleException | RuntimeException e) {
                problems.add(Diagnostic.error(jar.toString(), 0, 0, "plugin.install", "Cannot install this plugin ("
                        + String.valueOf(e.getMessage()).replaceAll("\\.+$", "") + "); remove it or replace it with a valid OSGi bundle."));
            }
        }
        if (added.isEmpty()) {
            return;
        }
        context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).resolveBundles(added);
        for (Bundle bundle : added) {
            if ((bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) == 0) {
                problems.add(Diagnostic.error(bundle.getLocation(), 0, 0, "plugin.unresolved", "Plugin " + bundle.getSymbolicName()
                        + " cannot run here: its requirements are not met by this Vitruvian (check the versions it was built against)."));
                continue;
            }
            if (bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                try {
                    bundle.start(Bundle.START_ACTIVATION_POLICY);
                } catch (BundleException e) {
                    problems.add(Diagnostic.error(bundle.getLocation(), 0, 0, "plugin.start", "Plugin " + bundle.getSymbolicName()
                            + " failed to start: " + e.getMessage()));
                }
            }
        }
    }

    private List<Path> jars() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error(folder.toString(), 0, 0, "io.read", "Cannot list the plugins folder: " + e.getMessage()));
            return List.of();
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<String> installed() {
        return List.copyOf(installed);
    }

    @Override
    public DiagnosticReport problems() {
        return problems;
    }
}
