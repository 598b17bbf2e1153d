package org.vitruvian.execution.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.vitruvian.core.Processes;

/**
 * What a run was made from: every model file it read (workflow, services, recipes) with its
 * SHA-256, and the git commit and dirty state of the folder the workflow is in, so that a
 * result can be traced to the exact sources.
 */
final class Provenance {

    private Provenance() {
    }

    static Map<String, Object> of(List<Resource> resources, Path workflow) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        List<Object> files = new ArrayList<>();
        for (Resource resource : resources) {
            URI uri = resource.getURI();
            if (uri != null && uri.isFile()) {
                files.add(RunsImpl.fileRecord(Path.of(uri.toFileString())));
            }
        }
        provenance.put("files", files);
        provenance.put("git", git(workflow.toAbsolutePath().getParent()));
        provenance.put("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        return provenance;
    }

    /** Commit and dirty state, or null outside a git work tree or without git. */
    private static Map<String, Object> git(Path folder) {
        String commit = run(folder, "git", "rev-parse", "HEAD");
        if (commit == null) {
            return null;
        }
        String status = run(folder, "git", "status", "--porcelain", "--", ".");
        Map<String, Object> git = new LinkedHashMap<>();
        git.put("commit", commit.strip());
        git.put("dirty", status != null && !status.isBlank());
        return git;
    }

    private static String run(Path folder, String... command) {
        return Processes.output(folder, Duration.ofSeconds(10), command).orElse(null);
    }
}
