package org.vitruvian.model.workflow.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tests.support.ModelFiles;

/**
 * What `vitruvian validate` says about a workflow: each test breaks one rule in a small
 * pipeline (segment a CT, mesh the mask) and shows the diagnostic, then fixes it.
 */
class WorkflowValidatorTest {

    /** The pipeline the tests break; it is valid as it stands. */
    static final String PIPELINE = """
            apiVersion: vitruvian/v1
            kind: Workflow
            name: femur
            imports: [services/segment.yaml, services/mesh.yaml]
            inputs:
              - name: ct
                format: nrrd
                dataClass: {kind: clinical, owner: hospital}
            outputs:
              - {name: model, format: vtk}
            steps:
              - name: segment
                service: {id: img.segment, version: 1.x}
              - name: mesh
                service: {id: img.mesh}
                parameters:
                  - {name: element-size, value: 1.5}
            links:
              - {from: ct, to: segment.image}
              - {from: segment.mask, to: mesh.mask}
              - {from: mesh.mesh, to: model}
            """;

    @TempDir
    Path folder;

    private ModelFiles models;

    @BeforeEach
    void setUp() {
        models = new ModelFiles(getClass(), folder).copy("recipe.yaml", "mpi-recipe.yaml", "services/segment.yaml",
                "services/segment-2.yaml", "services/mesh.yaml", "services/solve.yaml", "sites/workstation.yaml",
                "sites/cluster.yaml");
    }

    private static String edit(String text, String target, String replacement) {
        assertTrue(text.contains(target), () -> "the test edits '" + target + "', which is not in the workflow");
        return text.replace(target, replacement);
    }

    @Test
    void thePipelineIsValid() {
        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    // --- names -------------------------------------------------------------------------------

    @Test
    void stepNamesAreUnique() {
        String workflow = edit(PIPELINE, "links:\n", "  - name: segment\n    service: {id: img.segment, version: 1.x}\nlinks:\n");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.duplicate-name", 18, 11);
        assertTrue(problem.message().contains("Another step is already named 'segment'"), problem.message());

        String renamed = edit(workflow, "  - name: segment\n    service: {id: img.segment, version: 1.x}\nlinks:\n",
                "  - name: segment-fine\n    service: {id: img.segment, version: 1.x}\nlinks:\n  - {from: ct, to: segment-fine.image}\n");
        models.check("workflow.yaml", renamed).assertClean();
    }

    @Test
    void aStepTakesOneValuePerParameter() {
        String workflow = edit(PIPELINE, "      - {name: element-size, value: 1.5}\n",
                "      - {name: element-size, value: 1.5}\n      - {name: element-size, value: 2}\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.duplicate-name", 18, 16);

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void stepNamesHaveNoDots() {
        String workflow = edit(PIPELINE, "links:\n", "  - name: segment.fine\n    service: {id: img.segment, version: 1.x}\nlinks:\n");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.step-name", 18, 11);
        assertTrue(problem.message().contains("'segment-fine'"), problem.message());

        String renamed = edit(edit(workflow, "- name: segment.fine", "- name: segment-fine"), "links:\n",
                "links:\n  - {from: ct, to: segment-fine.image}\n");
        models.check("workflow.yaml", renamed).assertClean();
    }

    @Test
    void stepNamesArePlainNamesBecauseARunMakesAFolderOfEach() {
        // No '.', so the rule about dots does not catch it; a run would put the step's folder at /tmp/x.
        String workflow = edit(PIPELINE, "links:\n",
                "  - name: /tmp/x\n    service: {id: img.segment, version: 1.x}\nlinks:\n  - {from: ct, to: /tmp/x.image}\n");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.step-name", 18, 11);
        assertTrue(problem.message().contains("'tmp-x'"), problem.message());

        models.check("workflow.yaml", workflow.replace("/tmp/x", "tmp-x")).assertClean();
    }

    @Test
    void workflowPortsArePlainNamesThatCannotLeaveTheRunFolder() {
        // A run stores the output as /tmp/x.vtk; links name it without a '.', so they still read.
        String workflow = edit(edit(PIPELINE, "{name: model, format: vtk}", "{name: /tmp/x, format: vtk}"),
                "{from: mesh.mesh, to: model}", "{from: mesh.mesh, to: /tmp/x}");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.port-name", 10, 12);
        assertTrue(problem.message().contains("only letters, digits, '-' and '_'"), problem.message());

        // The format is the extension of the port's file (model.vtk); it too must stay one plain segment.
        String format = edit(PIPELINE, "{name: model, format: vtk}", "{name: model, format: vtk/../../x}");
        models.check("workflow.yaml", format).assertIncludes("workflow.port-format", 10, 27);

        models.check("workflow.yaml", workflow.replace("/tmp/x", "tmp-x")).assertClean();
    }

    // --- services ----------------------------------------------------------------------------

    @Test
    void stepServiceMustBeImported() {
        String workflow = edit(PIPELINE, "{id: img.mesh}", "{id: img.meshing}");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.unknown-service", 15, 19);
        assertTrue(problem.message().contains("Did you mean 'img.mesh'?"), problem.message());

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void stepVersionMustBeAVersionOrRange() {
        String workflow = edit(PIPELINE, "version: 1.x}", "version: \"[1.0,2.0\"}");
        models.check("workflow.yaml", workflow).assertOnly("workflow.version-syntax", 13, 41);

        models.check("workflow.yaml", edit(workflow, "[1.0,2.0", "[1.0,2.0)")).assertClean();
    }

    @Test
    void stepVersionMustMatchAnImportedVersion() {
        String workflow = edit(PIPELINE, "version: 1.x}", "version: 1.3.0}");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.service-version", 13, 41);
        assertTrue(problem.message().contains("imported: img.segment 1.2.0"), problem.message());

        models.check("workflow.yaml", edit(workflow, "1.3.0", "1.2")).assertClean();
    }

    @Test
    void theHighestVersionInTheRangeRuns() {
        String workflow = edit(PIPELINE, "imports: [services/segment.yaml,", "imports: [services/segment.yaml, services/segment-2.yaml,");
        workflow = edit(workflow, "    service: {id: img.segment, version: 1.x}\n",
                "    service: {id: img.segment, version: 1.x}\n    parameters:\n      - {name: smoothing, value: 1}\n");
        // Only 2.0.0 has 'smoothing'; 1.x picks 1.2.0.
        models.check("workflow.yaml", workflow).assertOnly("workflow.unknown-parameter", 15, 16);

        models.check("workflow.yaml", edit(workflow, "version: 1.x", "version: \"[1.0,3.0)\"")).assertClean();
    }

    @Test
    void aServiceVersionIsImportedOnce() {
        models.write("services/segment-copy.yaml", models.read("services/segment.yaml"));
        String workflow = edit(PIPELINE, "imports: [", "imports: [services/segment-copy.yaml, ");
        models.check("workflow.yaml", workflow).assertOnly("workflow.duplicate-import", 4, 10);

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    // --- links -------------------------------------------------------------------------------

    @Test
    void linksNameExistingSteps() {
        String workflow = edit(PIPELINE, "{from: segment.mask,", "{from: segmnt.mask,");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.unknown-step", 20, 12);
        assertTrue(problem.message().contains("Did you mean 'segment'?"), problem.message());

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void linksStartAtAnOutput() {
        String workflow = edit(PIPELINE, "{from: segment.mask,", "{from: segment.image,");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.unknown-port", 20, 12);
        assertTrue(problem.message().contains("is an input of service img.segment"), problem.message());

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void linksEndAtAnExistingInput() {
        String workflow = edit(PIPELINE, "to: mesh.mask}", "to: mesh.masks}");
        var findings = models.check("workflow.yaml", workflow);
        Diagnostic problem = findings.assertIncludes("workflow.unknown-port", 20, 30);
        assertTrue(problem.message().contains("Did you mean 'mask'?"), problem.message());
        // The input the link was meant for is then unlinked, and says so too.
        findings.assertIncludes("workflow.unlinked-input", 14, 11);
        assertEquals(2, findings.all().size(), findings.all().toString());

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void linksEndAtAStepInputOrAWorkflowOutput() {
        String workflow = edit(edit(PIPELINE, "outputs:\n  - {name: model, format: vtk}\n", ""), "to: model}", "to: ct}");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.unknown-port", 19, 27);
        assertTrue(problem.message().contains("'ct' is a workflow input"), problem.message());

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void aLinkEndIsStepDotPort() {
        String workflow = edit(PIPELINE, "{from: segment.mask,", "{from: segment.,");
        models.check("workflow.yaml", workflow).assertOnly("workflow.link-syntax", 20, 12);

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void anInputTakesDataFromOneLink() {
        String workflow = edit(PIPELINE, "  - {from: ct, to: segment.image}\n",
                "  - {from: ct, to: segment.image}\n  - {from: ct, to: segment.image}\n");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.linked-twice", 20, 20);
        assertTrue(problem.message().contains("already takes data from 'ct'"), problem.message());

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void linkedPortsAgreeInFormat() {
        String workflow = edit(PIPELINE, "    format: nrrd\n    dataClass", "    format: dicom\n    dataClass");
        models.check("workflow.yaml", workflow).assertOnly("workflow.format-mismatch", 19, 20);

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void formatsCompareIgnoringCase() {
        models.check("workflow.yaml", edit(PIPELINE, "    format: nrrd", "    format: NRRD")).assertClean();
    }

    @Test
    void requiredInputsAreLinked() {
        String workflow = edit(PIPELINE, "  - {from: segment.mask, to: mesh.mask}\n", "");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.unlinked-input", 14, 11);
        assertTrue(problem.message().contains("'to: mesh.mask' from a workflow input or step output in nrrd: ct, segment.mask"),
                problem.message());

        // segment.seeds is optional and stays unlinked in the valid pipeline.
        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void everyWorkflowOutputReceivesData() {
        String workflow = edit(PIPELINE, "  - {from: mesh.mesh, to: model}\n", "");
        models.check("workflow.yaml", workflow).assertOnly("workflow.unlinked-output", 10, 12);

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void unusedWorkflowInputsAreAWarning() {
        String workflow = edit(PIPELINE, "outputs:\n", "  - name: atlas\n    format: nrrd\n    dataClass: {kind: scientific, owner: academy}\noutputs:\n");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.unused-input", 9, 11);
        assertEquals("warning", problem.severity().label());

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void stepsFormNoCycle() {
        String workflow = """
                apiVersion: vitruvian/v1
                kind: Workflow
                name: refine
                imports: [services/segment.yaml]
                steps:
                  - {name: coarse, service: {id: img.segment}}
                  - {name: fine, service: {id: img.segment}}
                  - {name: finest, service: {id: img.segment}}
                links:
                  - {from: coarse.mask, to: fine.image}
                  - {from: fine.mask, to: finest.image}
                  - {from: finest.mask, to: coarse.image}
                """;
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.cycle", 12, 12);
        assertTrue(problem.message().contains("coarse -> fine -> finest -> coarse"), problem.message());

        String fixed = edit(edit(workflow, "{from: finest.mask, to: coarse.image}", "{from: ct, to: coarse.image}"), "steps:\n",
                "inputs:\n  - {name: ct, format: nrrd, dataClass: {kind: clinical, owner: hospital}}\nsteps:\n");
        models.check("workflow.yaml", fixed).assertClean();
    }

    @Test
    void aStepFeedingItselfIsACycle() {
        String workflow = """
                apiVersion: vitruvian/v1
                kind: Workflow
                name: refine
                imports: [services/segment.yaml]
                steps:
                  - {name: segment, service: {id: img.segment}}
                links:
                  - {from: segment.mask, to: segment.image}
                """;
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.cycle", 8, 12);
        assertTrue(problem.message().contains("segment -> segment"), problem.message());

        String fixed = edit(edit(workflow, "{from: segment.mask, to: segment.image}", "{from: ct, to: segment.image}"), "steps:\n",
                "inputs:\n  - {name: ct, format: nrrd, dataClass: {kind: clinical, owner: hospital}}\nsteps:\n");
        models.check("workflow.yaml", fixed).assertClean();
    }

    // --- parameters --------------------------------------------------------------------------

    @Test
    void stepParametersExistInTheService() {
        String workflow = edit(PIPELINE, "    service: {id: img.segment, version: 1.x}\n",
                "    service: {id: img.segment, version: 1.x}\n    parameters:\n      - {name: treshold, value: 300}\n");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.unknown-parameter", 15, 16);
        assertTrue(problem.message().contains("Did you mean 'threshold'?"), problem.message());

        models.check("workflow.yaml", edit(workflow, "treshold", "threshold")).assertClean();
    }

    @Test
    void requiredServiceParametersAreGiven() {
        String workflow = edit(PIPELINE, "    parameters:\n      - {name: element-size, value: 1.5}\n", "");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.missing-parameter", 14, 11);
        assertTrue(problem.message().contains("'element-size'"), problem.message());

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void aValueIsGivenOrBoundNotBoth() {
        String workflow = edit(PIPELINE, "{name: element-size, value: 1.5}", "{name: element-size}");
        models.check("workflow.yaml", workflow).assertOnly("workflow.parameter-value", 17, 16);

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    @Test
    void valuesReadAsTheParameterType() {
        String workflow = edit(PIPELINE, "value: 1.5}", "value: 1.5mm}");
        models.check("workflow.yaml", workflow).assertOnly("workflow.parameter-type", 17, 37);

        models.check("workflow.yaml", edit(workflow, "1.5mm", "1.5e0")).assertClean();
    }

    @Test
    void valuesLieWithinMinAndMax() {
        String workflow = edit(PIPELINE, "value: 1.5}", "value: 0.4}");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.parameter-range", 17, 37);
        assertTrue(problem.message().contains("below the minimum 0.5 mm"), problem.message());

        models.check("workflow.yaml", edit(workflow, "0.4", "0.5")).assertClean();
    }

    @Test
    void valuesAreOneOfTheChoices() {
        String workflow = edit(PIPELINE, "    service: {id: img.segment, version: 1.x}\n",
                "    service: {id: img.segment, version: 1.x}\n    parameters:\n      - {name: method, value: watershed}\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.parameter-choice", 15, 31);

        models.check("workflow.yaml", edit(workflow, "watershed", "fixed")).assertClean();
    }

    @Test
    void boundParametersHaveACompatibleType() {
        String workflow = edit(PIPELINE, "inputs:\n", "parameters:\n  - {name: size, type: string, default: fine}\ninputs:\n");
        workflow = edit(workflow, "{name: element-size, value: 1.5}", "{name: element-size, bind: size}");
        models.check("workflow.yaml", workflow).assertOnly("workflow.parameter-type", 19, 36);

        // A whole number may go where any number is taken.
        models.check("workflow.yaml", edit(workflow, "type: string, default: fine", "type: integer, default: 2")).assertClean();
    }

    @Test
    void aBoundParametersDefaultFitsTheStep() {
        String workflow = edit(PIPELINE, "inputs:\n", "parameters:\n  - {name: size, type: number, unit: mm, default: 8}\ninputs:\n");
        workflow = edit(workflow, "{name: element-size, value: 1.5}", "{name: element-size, bind: size}");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.parameter-range", 19, 36);
        assertTrue(problem.message().startsWith("The default of workflow parameter 'size' does not fit"), problem.message());

        models.check("workflow.yaml", edit(workflow, "default: 8", "default: 5")).assertClean();
    }

    @Test
    void workflowParameterDefaultsFitTheirOwnBounds() {
        String workflow = edit(PIPELINE, "inputs:\n", "parameters:\n  - {name: passes, type: integer, default: 0, min: 1}\ninputs:\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.parameter-range", 6, 44);

        models.check("workflow.yaml", edit(workflow, "default: 0", "default: 1")).assertClean();
    }

    @Test
    void workflowInputsSayHowSensitiveTheyAre() {
        String workflow = edit(PIPELINE, "    dataClass: {kind: clinical, owner: hospital}\n", "");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.data-class", 6, 11);
        assertTrue(problem.message().contains("add a dataClass"), problem.message());

        models.check("workflow.yaml", PIPELINE).assertClean();
    }

    // --- how steps run -----------------------------------------------------------------------

    @Test
    void stepResourcesArePositive() {
        String workflow = edit(PIPELINE, "      - {name: element-size, value: 1.5}\n",
                "      - {name: element-size, value: 1.5}\n    resources: {cores: 8, memory: 0GiB}\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.resources", 18, 35);

        models.check("workflow.yaml", edit(workflow, "0GiB", "32GiB")).assertClean();
    }

    @Test
    void retriesAreNotNegative() {
        String workflow = edit(PIPELINE, "    service: {id: img.mesh}\n", "    service: {id: img.mesh}\n    retries: -1\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.retries", 16, 14);

        models.check("workflow.yaml", edit(workflow, "retries: -1", "retries: 2")).assertClean();
    }

    @Test
    void identifiabilityAfterBelongsToDeidentifyingSteps() {
        String workflow = edit(PIPELINE, "    service: {id: img.segment, version: 1.x}\n",
                "    service: {id: img.segment, version: 1.x}\n    identifiabilityAfter: anonymised\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.deidentify", 14, 27);

        models.check("workflow.yaml", edit(workflow, "    identifiabilityAfter: anonymised\n",
                "    deidentifies: true\n    identifiabilityAfter: anonymised\n")).assertClean();
    }

    @Test
    void mpiStepsRunInAnImageWithMpi() {
        String workflow = edit(PIPELINE, "    service: {id: img.mesh}\n", "    service: {id: img.mesh}\n    execution: mpi\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.mpi", 16, 16);

        models.check("workflow.yaml", edit(workflow, "    execution: mpi\n", "    execution: mpi\n    recipe: mpi-recipe.yaml\n"))
                .assertClean();
    }

    // --- sweeps ------------------------------------------------------------------------------

    /** The pipeline with the segmentation run once per threshold. */
    static final String SWEEP = PIPELINE.replace("    service: {id: img.segment, version: 1.x}\n", """
                service: {id: img.segment, version: 1.x}
                execution: sweep
                sweep:
                  axes:
                    - {name: threshold, values: [100, 200, 300]}
            """);

    @Test
    void aSweepIsValid() {
        models.check("workflow.yaml", SWEEP).assertClean();
    }

    @Test
    void aSweepNeedsKindSweep() {
        String workflow = edit(SWEEP, "    execution: sweep\n", "");
        models.check("workflow.yaml", workflow).assertOnly("workflow.sweep-kind", 12, 11);

        models.check("workflow.yaml", SWEEP).assertClean();
    }

    @Test
    void kindSweepNeedsASweep() {
        String workflow = edit(PIPELINE, "    service: {id: img.mesh}\n", "    service: {id: img.mesh}\n    execution: sweep\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.sweep-kind", 16, 16);

        models.check("workflow.yaml", SWEEP).assertClean();
    }

    @Test
    void axesNameServiceParameters() {
        String workflow = edit(SWEEP, "{name: threshold, values", "{name: treshold, values");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.unknown-parameter", 17, 18);
        assertTrue(problem.message().contains("Did you mean 'threshold'?"), problem.message());

        models.check("workflow.yaml", SWEEP).assertClean();
    }

    @Test
    void aParameterIsSweptOrGivenNotBoth() {
        String workflow = edit(SWEEP, "    execution: sweep\n", "    parameters:\n      - {name: threshold, value: 150}\n    execution: sweep\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.sweep", 19, 18);

        models.check("workflow.yaml", SWEEP).assertClean();
    }

    @Test
    void axisValuesFitTheParameter() {
        String workflow = edit(SWEEP, "values: [100, 200, 300]", "values: [100, 200, 3500]");
        models.check("workflow.yaml", workflow).assertOnly("workflow.parameter-range", 17, 37);

        models.check("workflow.yaml", SWEEP).assertClean();
    }

    @Test
    void anAxisRangeHasAPositiveStep() {
        String workflow = edit(SWEEP, "values: [100, 200, 300]", "from: 100, to: 300, step: 0");
        models.check("workflow.yaml", workflow).assertOnly("workflow.sweep", 17, 55);

        models.check("workflow.yaml", edit(workflow, "step: 0", "step: 50")).assertClean();
    }

    @Test
    void sweepsStayWithinMaxRuns() {
        String workflow = edit(SWEEP, "values: [100, 200, 300]", "from: -1000, to: 3000, step: 0.2");
        Diagnostic problem = models.check("workflow.yaml", workflow).assertOnly("workflow.sweep-too-large", 17, 9);
        assertTrue(problem.message().contains("20001 runs (threshold: 20001)"), problem.message());
        assertTrue(problem.message().contains("more than maxRuns 10000"), problem.message());

        String limited = edit(workflow, "      axes:\n", "      maxRuns: 20000\n      axes:\n");
        models.check("workflow.yaml", limited).assertOnly("workflow.sweep-too-large", 16, 16);
        models.check("workflow.yaml", edit(limited, "maxRuns: 20000", "maxRuns: 20001")).assertClean();
    }

    // --- sites -------------------------------------------------------------------------------

    @Test
    void pinnedStepsFitTheirSite() {
        String workflow = edit(PIPELINE, "      - {name: element-size, value: 1.5}\n",
                "      - {name: element-size, value: 1.5}\n    resources: {cores: 8, memory: 128GiB}\n    site: lab-workstation\n");
        Diagnostic problem = models.check("workflow.yaml", workflow, "sites/workstation.yaml")
                .assertOnly("workflow.site-capacity", 18, 35);
        assertTrue(problem.message().contains("128GiB of memory per node where it has 64GiB"), problem.message());

        models.check("workflow.yaml", edit(workflow, "128GiB", "64GiB"), "sites/workstation.yaml").assertClean();
    }

    @Test
    void serviceHintsCountWhenTheStepAsksForNothing() {
        models.write("sites/tiny.yaml", """
                apiVersion: vitruvian/v1
                kind: Site
                id: tiny
                partitions:
                  - {name: local, nodes: 1, coresPerNode: 2, memoryPerNode: 8GiB}
                """);
        // img.mesh hints at 4 cores; the step asks for nothing itself, so the problem is where it is pinned.
        String workflow = edit(PIPELINE, "      - {name: element-size, value: 1.5}\n", "      - {name: element-size, value: 1.5}\n    site: tiny\n");
        Diagnostic problem = models.check("workflow.yaml", workflow, "sites/tiny.yaml").assertOnly("workflow.site-capacity", 18, 11);
        assertTrue(problem.message().contains("4 cores per node (4 on 1 node) where it has 2"), problem.message());

        models.check("workflow.yaml", edit(workflow, "site: tiny", "site: lab-workstation"), "sites/tiny.yaml",
                "sites/workstation.yaml").assertClean();
    }

    @Test
    void anyPartitionOfTheSiteWillDo() {
        String workflow = edit(PIPELINE, "      - {name: element-size, value: 1.5}\n",
                "      - {name: element-size, value: 1.5}\n    resources: {cores: 32, memory: 400GiB, gpus: 4, walltime: 13h}\n    site: uni-cluster\n");
        Diagnostic problem = models.check("workflow.yaml", workflow, "sites/cluster.yaml")
                .assertOnly("workflow.site-capacity", 18, 63);
        assertTrue(problem.message().contains("the closest, 'gpu',"), problem.message());
        assertTrue(problem.message().contains("a walltime of 13h where its limit is 12h"), problem.message());

        models.check("workflow.yaml", edit(workflow, "13h", "12h"), "sites/cluster.yaml").assertClean();
    }

    @Test
    void aSiteThatIsNotLoadedIsNotChecked() {
        String workflow = edit(PIPELINE, "      - {name: element-size, value: 1.5}\n",
                "      - {name: element-size, value: 1.5}\n    resources: {cores: 1024}\n    site: lab-workstation\n");
        models.check("workflow.yaml", workflow, "sites/workstation.yaml").assertOnly("workflow.site-capacity", 18, 24);

        models.check("workflow.yaml", workflow).assertClean();
    }

    @Test
    void aStepPinnedToASiteNobodyKnowsIsAnErrorWhenEverySiteIsLoaded() {
        models.write("workflow.yaml", edit(PIPELINE, "      - {name: element-size, value: 1.5}\n",
                "      - {name: element-size, value: 1.5}\n    site: lab-workstaton\n"));
        // As `vitruvian validate` sees it: the site files given and the catalog are every site there is.
        Diagnostic problem = models.validateWithAllSites("workflow.yaml", "sites/workstation.yaml", "sites/cluster.yaml")
                .assertOnly("workflow.unknown-site", 18, 11);
        assertTrue(problem.message().contains("'lab-workstaton'"), problem.message());
        assertTrue(problem.message().contains("Did you mean 'lab-workstation'?"), problem.message());
        assertTrue(problem.message().contains("Known sites: lab-workstation, uni-cluster."), problem.message());
        // Loaded for a run, the workflow leaves the site to the planner, which knows every site.
        models.validate("workflow.yaml", "sites/workstation.yaml").assertClean();

        models.write("workflow.yaml", edit(PIPELINE, "      - {name: element-size, value: 1.5}\n",
                "      - {name: element-size, value: 1.5}\n    site: lab-workstation\n"));
        models.validateWithAllSites("workflow.yaml", "sites/workstation.yaml").assertClean();
    }

    @Test
    void workflowVersionIsAVersion() {
        String workflow = edit(PIPELINE, "name: femur\n", "name: femur\nversion: v2\n");
        models.check("workflow.yaml", workflow).assertOnly("workflow.version-syntax", 4, 10);

        models.check("workflow.yaml", edit(workflow, "version: v2", "version: 2.0.0")).assertClean();
    }
}
