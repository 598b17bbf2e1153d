package org.vitruvian.execution.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

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

    /** Commit and dirty state, or null outside a git work tree. */
    private static Map<String, Object> git(Path folder) {
        return GitState.of(folder).map(state -> {
            Map<String, Object> git = new LinkedHashMap<>();
            git.put("commit", state.commit());
            git.put("dirty", state.dirty());
            return git;
        }).orElse(null);
    }
}
