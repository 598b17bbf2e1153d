package org.vitruvian.execution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.vitruvian.core.Processes;
import org.vitruvian.execution.internal.GitState;

/**
 * A run records the git commit and dirty state of the folder its workflow comes from. The state
 * is read with JGit, so it is known on machines without git, and no process is started for it.
 */
class ProvenanceGitTest {

    @TempDir
    Path repo;

    /** The folder of the workflow, inside the repository. */
    private Path flows;

    private RevCommit head;

    @BeforeEach
    void commitAWorkflow() throws IOException, GitAPIException {
        flows = Files.createDirectories(repo.resolve("flows"));
        Files.writeString(flows.resolve("workflow.yaml"), "apiVersion: vitruvian/v1\nkind: Workflow\nname: w\n");
        Files.writeString(repo.resolve("README.md"), "A repository of workflows.\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            head = git.commit().setMessage("A workflow").setAuthor("Test", "test@example.org")
                    .setCommitter("Test", "test@example.org").setSign(false).call();
        }
    }

    @Test
    void aCommittedFolderIsCleanAtItsCommit() {
        assertEquals(Optional.of(new GitState(head.name(), false)), GitState.of(flows));
        assertEquals(Optional.of(new GitState(head.name(), false)), GitState.of(repo));
    }

    @Test
    void aChangedOrNewFileInTheFolderMakesItDirty() throws IOException {
        Files.writeString(flows.resolve("workflow.yaml"), "# edited\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(Optional.of(new GitState(head.name(), true)), GitState.of(flows));

        Files.writeString(flows.resolve("workflow.yaml"), "apiVersion: vitruvian/v1\nkind: Workflow\nname: w\n");
        assertEquals(Optional.of(new GitState(head.name(), false)), GitState.of(flows));
        Files.writeString(flows.resolve("notes.txt"), "not committed\n");
        assertEquals(Optional.of(new GitState(head.name(), true)), GitState.of(flows));
    }

    @Test
    void changesOutsideTheFolderDoNotMakeItDirty() throws IOException {
        // As 'git status -- .' in the folder: the workflow's sources are what the run used.
        Files.writeString(repo.resolve("README.md"), "Edited.\n");
        assertEquals(Optional.of(new GitState(head.name(), false)), GitState.of(flows));
        assertEquals(Optional.of(new GitState(head.name(), true)), GitState.of(repo));
    }

    @Test
    void outsideAWorkTreeThereIsNoState(@TempDir Path plain) {
        assertEquals(Optional.empty(), GitState.of(plain));
    }

    /** In a JVM whose PATH holds no git at all, as on a machine without git, the state is read all the same. */
    @Test
    void theStateIsReadWithNoGitOnThePath(@TempDir Path scratch) throws Exception {
        Files.writeString(flows.resolve("notes.txt"), "not committed\n");
        Path bin = Files.createDirectories(scratch.resolve("bin"));

        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                classPath(scratch.resolve("classpath")), "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                "-Dslf4j.internal.verbosity=WARN", GitStateProbe.class.getName(), flows.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(scratch.resolve("probe.out").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("PATH", bin.toString());
        environment.put("HOME", Files.createDirectories(scratch.resolve("home")).toString());
        environment.remove("XDG_CONFIG_HOME");
        Process probe = builder.start();
        assertTrue(probe.waitFor(120, TimeUnit.SECONDS), "the probe JVM did not finish within 120 s");
        String output = Files.readString(scratch.resolve("probe.out"), StandardCharsets.UTF_8);
        assertEquals(0, probe.exitValue(), output);
        assertEquals(head.name() + " dirty\n", output);
    }

    /**
     * A class path for a plain JVM: the probe, GitState, and the bundles JGit needs, each as a jar
     * of the classes its bundle holds (bundles may be folders or jars in the test runtime).
     */
    private static String classPath(Path folder) throws IOException {
        Files.createDirectories(folder);
        Set<Bundle> whole = new LinkedHashSet<>();
        Bundle jgit = FrameworkUtil.getBundle(Git.class);
        whole.add(jgit);
        for (BundleWire wire : jgit.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (wire.getProvider().getBundle().getBundleId() != 0) { // the JDK's packages come from the system bundle
                whole.add(wire.getProvider().getBundle());
            }
        }
        List<String> entries = new ArrayList<>();
        for (Bundle bundle : whole) {
            entries.add(jar(bundle, "/", folder).toString());
        }
        // Only what the probe uses of the bundles under test, not their every dependency.
        entries.add(jar(FrameworkUtil.getBundle(GitState.class), "/org/vitruvian/execution/internal", folder).toString());
        entries.add(jar(FrameworkUtil.getBundle(Processes.class), "/org/vitruvian/core", folder).toString());
        entries.add(jar(FrameworkUtil.getBundle(GitStateProbe.class), "/org/vitruvian/execution/tests", folder).toString());
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Path jar(Bundle bundle, String path, Path folder) throws IOException {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        // Classes and their resources (JGit's message texts are properties files).
        Collection<String> names = wiring.listResources(path, "*", BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL);
        Path jar = folder.resolve(bundle.getSymbolicName() + path.replace('/', '_') + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : names) {
                if (name.endsWith("/") || name.startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream in = wiring.getClassLoader().getResourceAsStream(name)) {
                    if (in != null) {
                        out.putNextEntry(new JarEntry(name));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }
}
