package org.vitruvian.model.service.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tests.support.ModelFiles;

/** What `vitruvian validate` says about service definitions, one rule per test: broken, then fixed. */
class ServiceValidatorTest {

    @TempDir
    Path folder;

    private ModelFiles models;

    @BeforeEach
    void setUp() {
        models = new ModelFiles(getClass(), folder);
    }

    @Test
    void versionMustReadAsAVersion() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: img.segment
                version: 1.2.beta
                """;
        Diagnostic problem = models.check("segment.yaml", service).assertOnly("service.version-syntax", 4, 10);
        assertTrue(problem.message().contains("1.2.0"), problem.message());

        models.check("segment.yaml", service.replace("1.2.beta", "1.2.0-beta.1")).assertClean();
    }

    @Test
    void inputsOutputsAndParametersShareOneNamespace() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: img.segment
                version: 1.0.0
                inputs:
                  - name: image
                    format: nrrd
                outputs:
                  - name: mask
                    format: nrrd
                parameters:
                  - name: mask
                    type: boolean
                    default: true
                """;
        models.check("segment.yaml", service).assertOnly("service.duplicate-name", 12, 11);

        models.check("segment.yaml", service.replace("  - name: mask\n    type", "  - name: fill-holes\n    type"))
                .assertClean();
    }

    @Test
    void portNamesArePlainNamesThatCannotLeaveTheRunFolder() {
        // A run writes an output to STEP_FOLDER/NAME.FORMAT: this one would land in /tmp.
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: img.segment
                version: 1.0.0
                outputs:
                  - name: ../../../../tmp/x
                    format: txt
                command: [sh, -c, "echo hi > {../../../../tmp/x}"]
                """;
        Diagnostic problem = models.check("segment.yaml", service).assertOnly("service.port-name", 6, 11);
        assertTrue(problem.message().contains("only letters, digits, '-' and '_'"), problem.message());
        assertTrue(problem.message().contains("e.g. 'tmp-x'"), problem.message());

        String leadingDash = service.replace("../../../../tmp/x", "-rf");
        models.check("segment.yaml", leadingDash).assertOnly("service.port-name", 6, 11);

        String format = service.replace("../../../../tmp/x", "x").replace("format: txt", "format: txt/../../../y");
        models.check("segment.yaml", format).assertOnly("service.port-format", 7, 13);

        models.check("segment.yaml", service.replace("../../../../tmp/x", "result_2")).assertClean();
    }

    @Test
    void defaultMustReadAsTheParameterType() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: img.segment
                version: 1.0.0
                parameters:
                  - name: iterations
                    type: integer
                    default: 2.5
                """;
        Diagnostic problem = models.check("segment.yaml", service).assertOnly("service.parameter-type", 8, 14);
        assertTrue(problem.message().contains("whole number"), problem.message());

        models.check("segment.yaml", service.replace("2.5", "-3")).assertClean();
    }

    @Test
    void choicesMustReadAsTheParameterType() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: mri.em
                version: 1.0.0
                parameters:
                  - name: field-strength
                    type: number
                    choices: [1.5, 3T]
                """;
        models.check("em.yaml", service).assertOnly("service.parameter-type", 8, 14);

        models.check("em.yaml", service.replace("3T", "3")).assertClean();
    }

    @Test
    void defaultMustLieWithinMinAndMax() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: img.segment
                version: 1.0.0
                parameters:
                  - name: threshold
                    type: number
                    unit: HU
                    default: 3000.5
                    min: -1000
                    max: 3000
                """;
        Diagnostic problem = models.check("segment.yaml", service).assertOnly("service.parameter-range", 9, 14);
        assertTrue(problem.message().contains("from -1000 to 3000 HU"), problem.message());

        models.check("segment.yaml", service.replace("3000.5", "3000")).assertClean();
    }

    @Test
    void minMustNotExceedMax() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: img.segment
                version: 1.0.0
                parameters:
                  - name: smoothing
                    type: number
                    min: 3
                    max: 0.5
                """;
        models.check("segment.yaml", service).assertOnly("service.parameter-range", 9, 10);

        models.check("segment.yaml", service.replace("min: 3", "min: 0.5").replace("max: 0.5", "max: 3")).assertClean();
    }

    @Test
    void boundsApplyToNumbersOnly() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: img.segment
                version: 1.0.0
                parameters:
                  - name: method
                    type: string
                    min: 1
                """;
        models.check("segment.yaml", service).assertOnly("service.parameter-range", 8, 10);

        models.check("segment.yaml", service.replace("type: string", "type: integer")).assertClean();
    }

    @Test
    void defaultMustBeOneOfTheChoices() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: fe.solve
                version: 1.0.0
                parameters:
                  - name: load-case
                    type: string
                    default: walking
                    choices: [stance, sideways-fall]
                """;
        Diagnostic problem = models.check("solve.yaml", service).assertOnly("service.parameter-choice", 8, 14);
        assertTrue(problem.message().contains("stance, sideways-fall"), problem.message());

        models.check("solve.yaml", service.replace("walking", "stance")).assertClean();
    }

    @Test
    void resourcesMustBePositive() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: fe.solve
                version: 1.0.0
                resources:
                  cores: 0
                  memory: 8GiB
                """;
        models.check("solve.yaml", service).assertOnly("service.resources", 6, 10);

        models.check("solve.yaml", service.replace("cores: 0", "cores: 1")).assertClean();
    }

    @Test
    void mpiRanksNeedACoreEach() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: mri.em
                version: 1.0.0
                execution: mpi
                defaultRecipe: mpi-recipe.yaml
                resources:
                  cores: 32
                  mpiRanks: 64
                """;
        models.copy("mpi-recipe.yaml");
        models.check("em.yaml", service).assertOnly("service.resources", 9, 13);

        models.check("em.yaml", service.replace("mpiRanks: 64", "mpiRanks: 32")).assertClean();
    }

    @Test
    void commandPlaceholdersNameParametersInputsOrOutputs() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: img.segment
                version: 1.0.0
                inputs:
                  - {name: image, format: nrrd}
                outputs:
                  - {name: mask, format: nrrd}
                parameters:
                  - {name: threshold, type: number, default: 200}
                command: [segment, --in, "{image}", --out, "{mask}", --threshold, "{treshold}"]
                """;
        Diagnostic problem = models.check("segment.yaml", service).assertOnly("service.command", 11, 10);
        assertTrue(problem.message().contains("threshold, image, mask"), problem.message());

        models.check("segment.yaml", service.replace("{treshold}", "{threshold}")).assertClean();
    }

    @Test
    void literalBracesInCommandsAreDoubled() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: util.report
                version: 1.0.0
                command: [sh, -c, "echo ${HOME}"]
                """;
        models.check("report.yaml", service).assertOnly("service.command", 5, 10);

        models.check("report.yaml", service.replace("${HOME}", "${{HOME}}")).assertClean();
    }

    @Test
    void mpiServiceNeedsARecipeWithMpi() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: mri.em
                version: 1.0.0
                execution: mpi
                defaultRecipe: plain-recipe.yaml
                """;
        models.copy("plain-recipe.yaml", "mpi-recipe.yaml");
        models.check("em.yaml", service).assertOnly("service.mpi", 6, 16);

        models.check("em.yaml", service.replace("plain-recipe.yaml", "mpi-recipe.yaml")).assertClean();
    }

    @Test
    void mpiRanksBelongToMpiServices() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: fe.solve
                version: 1.0.0
                execution: batch
                resources:
                  cores: 8
                  mpiRanks: 8
                """;
        models.check("solve.yaml", service).assertOnly("service.mpi", 8, 13);

        models.check("solve.yaml", service.replace("  mpiRanks: 8\n", "")).assertClean();
    }
}
