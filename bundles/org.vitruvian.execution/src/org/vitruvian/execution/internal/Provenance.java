package org.vitruvian.execution.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
        Path output = null;
        try {
            output = Files.createTempFile("vitruvian-git", ".txt");
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            return process.exitValue() == 0 ? Files.readString(output, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    // harmless leftover
                }
            }
        }
    }
}
