package org.vitruvian.model.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tests.support.ModelFiles;

/** What `vitruvian validate` says about container recipes, one rule per test: broken, then fixed. */
class RecipeValidatorTest {

    @TempDir
    Path folder;

    private ModelFiles models;

    @BeforeEach
    void setUp() {
        models = new ModelFiles(getClass(), folder);
    }

    @Test
    void nameMustBeAValidImageName() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: Bone Strength
                base:
                  image: debian:12
                """;
        Diagnostic problem = models.check("recipe.yaml", recipe).assertOnly("recipe.name", 3, 7);
        assertTrue(problem.message().contains("such as bone-strength"), problem.message());

        models.check("recipe.yaml", recipe.replace("Bone Strength", "bone-strength")).assertClean();
    }

    @Test
    void glibcMustReadAsAVersion() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: bonestrength
                base:
                  image: debian:12
                  glibc: two.36
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.base", 6, 10);

        models.check("recipe.yaml", recipe.replace("two.36", "2.36")).assertClean();
    }

    @Test
    void packageSetsListPackages() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: bonestrength
                base: {image: debian:12}
                packages:
                  - manager: apt
                    names: []
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.packages", 6, 14);

        models.check("recipe.yaml", recipe.replace("names: []", "names: [libgomp1]")).assertClean();
    }

    @Test
    void filesGoToAbsolutePathsInTheImage() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: bonestrength
                base: {image: debian:12}
                files:
                  - source: build/bonestrength.jar
                    destination: opt/bonestrength.jar
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.file-copy", 7, 18);

        models.check("recipe.yaml", recipe.replace("destination: opt/", "destination: /opt/")).assertClean();
    }

    @Test
    void filesComeFromInsideTheBuildContext() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: bonestrength
                base: {image: debian:12}
                files:
                  - source: ../../secrets/id_rsa
                    destination: /root/.ssh/id_rsa
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.file-copy", 6, 13);

        models.check("recipe.yaml", recipe.replace("../../secrets/id_rsa", "config/../keys/deploy.pub")
                .replace("/root/.ssh/id_rsa", "/etc/vitruvian/deploy.pub")).assertClean();
    }

    @Test
    void environmentVariablesHaveShellNames() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: bonestrength
                base: {image: debian:12}
                environment:
                  JAVA_TOOL_OPTIONS: -Xmx4g
                  OMP-NUM-THREADS: 4
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.environment", 7, 3);

        models.check("recipe.yaml", recipe.replace("OMP-NUM-THREADS", "OMP_NUM_THREADS")).assertClean();
    }

    @Test
    void theRuntimeLabelNamesARuntime() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: bonestrength
                base: {image: debian:12}
                labels:
                  org.opencontainers.image.title: Bone strength
                  org.vitruvian.runtime: podmann
                """;
        Diagnostic problem = models.check("recipe.yaml", recipe).assertOnly("recipe.runtime", 7, 3);
        assertTrue(problem.message().contains("process, podman"), problem.message());

        models.check("recipe.yaml", recipe.replace("podmann", "podman")).assertClean();
        models.check("recipe.yaml", recipe.replace("podmann", "process")).assertClean();
    }

    @Test
    void mpiVersionMustReadAsAVersion() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: fdtd
                base: {image: rockylinux:8}
                mpi:
                  implementation: openmpi
                  version: v4.1.5
                  mode: hybrid
                  pmi: pmix
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.mpi", 7, 12);

        models.check("recipe.yaml", recipe.replace("v4.1.5", "4.1.5")).assertClean();
    }

    @Test
    void bindModeUsesTheHostsFabrics() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: fdtd
                base: {image: rockylinux:8}
                mpi:
                  implementation: openmpi
                  version: 4.1.5
                  mode: bind
                  fabrics: [ucx, libfabric]
                """;
        Diagnostic problem = models.check("recipe.yaml", recipe).assertOnly("recipe.mpi", 9, 12);
        assertTrue(problem.message().contains("ucx, libfabric"), problem.message());

        models.check("recipe.yaml", recipe.replace("  fabrics: [ucx, libfabric]\n", "")).assertClean();
    }

    @Test
    void bindModeIgnoresAPmiInTheImage() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: fdtd
                base: {image: rockylinux:8}
                mpi:
                  implementation: mpich
                  version: 4.1.2
                  mode: bind
                  pmi: pmi2
                """;
        Diagnostic problem = models.check("recipe.yaml", recipe).assertOnly("recipe.mpi", 9, 8);
        assertTrue(problem.severity().label().equals("warning"), problem.format());

        models.check("recipe.yaml", recipe.replace("  pmi: pmi2\n", "")).assertClean();
    }

    @Test
    void hybridModeNeedsAPmi() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: fdtd
                base: {image: rockylinux:8}
                mpi:
                  implementation: openmpi
                  version: 4.1.5
                  mode: hybrid
                  fabrics: [ucx]
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.mpi", 8, 9);

        // pmix is the enum's first literal, so this also shows a stated default is seen as stated.
        models.check("recipe.yaml", recipe.replace("mode: hybrid", "mode: hybrid\n  pmi: pmix")).assertClean();
    }

    @Test
    void nvidiaImagesNeedCuda() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: relion
                base: {image: nvidia/cuda:12.2.2-runtime-ubuntu22.04}
                gpu:
                  vendor: nvidia
                  minDriver: 535.104.05
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.gpu", 6, 11);

        models.check("recipe.yaml", recipe.replace("vendor: nvidia", "vendor: nvidia\n  cuda: 12.2")).assertClean();
    }

    @Test
    void amdImagesNeedRocmNotCuda() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: relion
                base: {image: rocm/dev-ubuntu-22.04:6.0}
                gpu:
                  vendor: amd
                  cuda: 12.2
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.gpu", 7, 9);

        models.check("recipe.yaml", recipe.replace("cuda: 12.2", "rocm: 6.0.2")).assertClean();
    }

    @Test
    void gpuStackVersionsMustReadAsVersions() {
        String recipe = """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: relion
                base: {image: nvidia/cuda:12.2.2-runtime-ubuntu22.04}
                gpu:
                  vendor: nvidia
                  cuda: twelve
                """;
        models.check("recipe.yaml", recipe).assertOnly("recipe.gpu", 7, 9);

        models.check("recipe.yaml", recipe.replace("twelve", "12.2")).assertClean();
    }
}
