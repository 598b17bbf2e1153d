package org.vitruvian.execution.tests;

import java.nio.file.Path;

import org.vitruvian.execution.internal.GitState;

/**
 * Run by {@link ProvenanceGitTest} in a JVM of its own, whose PATH has no git: prints the git
 * state of the folder given, as "COMMIT clean", "COMMIT dirty" or "none".
 */
public final class GitStateProbe {

    private GitStateProbe() {
    }

    public static void main(String[] args) {
        System.out.println(GitState.of(Path.of(args[0])).map(s -> s.commit() + (s.dirty() ? " dirty" : " clean")).orElse("none"));
    }
}
