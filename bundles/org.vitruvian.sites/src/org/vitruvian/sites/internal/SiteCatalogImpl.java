package org.vitruvian.sites.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.vitruvian.core.VitruvianHome;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.LoadedModel;
import org.vitruvian.model.yaml.ModelService.ModelSet;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.sites.SiteOrigin;
import org.vitruvian.sites.SiteProvider;

@Component(service = SiteCatalog.class)
public final class SiteCatalogImpl implements SiteCatalog {

    /** A site before precedence and refinement are applied. */
    record Declared(Site site, SiteOrigin origin, String location) {
    }

    private final ModelService models;
    private final Map<Bundle, List<URI>> contributions = Collections.synchronizedMap(new LinkedHashMap<>());
    private final LocalSiteProbe localProbe;
    private final BundleTracker<List<URI>> tracker;
    private final Bundle self;

    @Activate
    public SiteCatalogImpl(@Reference ModelService models, BundleContext context) {
        this.models = models;
        this.localProbe = new LocalSiteProbe();
        this.self = context.getBundle();
        this.tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE,
                new BundleTrackerCustomizer<List<URI>>() {
                    @Override
                    public List<URI> addingBundle(Bundle bundle, BundleEvent event) {
                        List<URI> files = contributedFiles(bundle);
                        if (files.isEmpty()) {
                            return null;
                        }
                        contributions.put(bundle, files);
                        return files;
                    }

                    @Override
                    public void modifiedBundle(Bundle bundle, BundleEvent event, List<URI> files) {
                    }

                    @Override
                    public void removedBundle(Bundle bundle, BundleEvent event, List<URI> files) {
                        contributions.remove(bundle);
                    }
                });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /**
     * Set by SCR, which replaces the whole list when a service comes or goes, so a reader sees
     * either the old list or the new one, never a half-updated one. SCR sorts it as
     * ServiceReference.compareTo does: lowest ranking first.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<SiteProvider> providers = List.of();

    /** Highest service ranking first, then the oldest registration: the order OSGi gives getServiceReference. */
    private List<SiteProvider> providersByRanking() {
        return providers.reversed();
    }

    @Override
    public Snapshot snapshot() {
        DiagnosticReport problems = new DiagnosticReport();
        List<Declared> declared = new ArrayList<>();
        declared.add(new Declared(localProbe.probe(), SiteOrigin.DETECTED, "this machine"));

        List<URI> uris = new ArrayList<>();
        Map<URI, SiteOrigin> origins = new HashMap<>();
        synchronized (contributions) {
            contributions.forEach((bundle, files) -> {
                for (URI uri : files) {
                    uris.add(uri);
                    origins.put(uri, bundle.equals(self) ? SiteOrigin.BUILT_IN : SiteOrigin.PLUGIN);
                }
            });
        }
        StringBuilder fingerprint = new StringBuilder(uris.toString());
        for (Path file : userFiles(problems)) {
            URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
            uris.add(uri);
            origins.put(uri, SiteOrigin.USER);
            fingerprint.append('|').append(file).append(' ').append(stamp(file));
        }
        FileSites files = fileSites(fingerprint.toString(), uris, origins);
        declared.addAll(files.declared());
        problems.addAll(files.problems());
        for (SiteProvider provider : providersByRanking()) {
            String location = "service " + provider.getClass().getName();
            try {
                for (Site site : provider.sites()) {
                    declared.add(new Declared(site, SiteOrigin.PLUGIN, location));
                }
            } catch (RuntimeException e) {
                // A broken plugin must not hide every other site.
                problems.add(Diagnostic.error(location, 0, 0, "site.provider-failed", "The site provider failed: " + e
                        + "; its sites are left out. Report this to the plugin's authors."));
            }
        }
        List<Declared> chosen = SitePrecedence.choose(declared, problems);
        List<CatalogSite> sites = SiteRefinement.resolve(chosen, problems);
        return new Snapshot(sites, problems);
    }

    /** Sites read from files, and the problems found reading them. */
    private record FileSites(String fingerprint, List<Declared> declared, List<Diagnostic> problems) {
    }

    /**
     * Reading and validating the site files is most of a snapshot's cost, and commands that watch
     * a run take a snapshot every poll: the files are read again only when the contributing
     * bundles or a user file (name, size, modification time) changed.
     */
    private volatile FileSites lastFileSites;

    private FileSites fileSites(String fingerprint, List<URI> uris, Map<URI, SiteOrigin> origins) {
        FileSites cached = lastFileSites;
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached;
        }
        List<Declared> declared = new ArrayList<>();
        ModelSet loaded = models.loadUris(uris, List.of());
        List<Diagnostic> problems = new ArrayList<>(loaded.report().diagnostics());
        for (int i = 0; i < uris.size(); i++) {
            LoadedModel model = loaded.models().get(i);
            URI uri = uris.get(i);
            String location = uri.isFile() ? uri.toFileString() : uri.toString();
            if (model.root() instanceof Site site) {
                declared.add(new Declared(site, origins.get(uri), location));
            } else if (model.root() != null) {
                problems.add(Diagnostic.error(location, 0, 0, "site.not-a-site", "This file is a "
                        + model.root().eClass().getName() + ", not a Site; only Site models belong in a sites folder."));
            }
        }
        FileSites read = new FileSites(fingerprint, List.copyOf(declared), List.copyOf(problems));
        lastFileSites = read;
        return read;
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static List<Path> userFiles(DiagnosticReport problems) {
        Path folder = VitruvianHome.sites();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error(folder.toString(), 0, 0, "io.read", "Cannot list the user sites folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** The {@code *.yaml} files under the folders named by the bundle's {@link #SITES_HEADER} header. */
    static List<URI> contributedFiles(Bundle bundle) {
        String header = bundle.getHeaders("").get(SITES_HEADER);
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<URI> files = new ArrayList<>();
        for (String folder : header.split(",")) {
            Enumeration<java.net.URL> entries = bundle.findEntries(folder.strip(), "*.yaml", false);
            if (entries == null) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            while (entries.hasMoreElements()) {
                paths.add(entries.nextElement().getPath());
            }
            Collections.sort(paths);
            for (String path : paths) {
                files.add(URI.createPlatformPluginURI(bundle.getSymbolicName() + path, true));
            }
        }
        return files;
    }
}
