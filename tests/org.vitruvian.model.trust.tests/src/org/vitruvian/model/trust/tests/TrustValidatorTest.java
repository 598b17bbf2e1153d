package org.vitruvian.model.trust.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tests.support.ModelFiles;

/** What `vitruvian validate` says about trust policies and data classes, one rule per test: broken, then fixed. */
class TrustValidatorTest {

    @TempDir
    Path folder;

    private ModelFiles models;

    @BeforeEach
    void setUp() {
        models = new ModelFiles(getClass(), folder);
    }

    @Test
    void aCellHasOneRule() {
        String policy = """
                apiVersion: vitruvian/v1
                kind: TrustPolicy
                name: hospital
                rules:
                  - dataKind: clinical
                    owner: hospital
                    resourceClass: hpc
                    verdict: not-determined
                  - dataKind: clinical
                    owner: hospital
                    resourceClass: hpc
                    verdict: allowed
                """;
        Diagnostic problem = models.check("policy.yaml", policy).assertOnly("trust.duplicate-rule", 9, 5);
        assertTrue(problem.message().contains("hospital clinical data on hpc"), problem.message());

        models.check("policy.yaml", policy.replace("verdict: allowed", "verdict: allowed\n    site: uni-hpc")).assertClean();
    }

    @Test
    void ruleNamesAreUnique() {
        String policy = """
                apiVersion: vitruvian/v1
                kind: TrustPolicy
                name: hospital
                rules:
                  - {name: clinical-hpc, dataKind: clinical, owner: hospital, resourceClass: hpc, verdict: not-determined}
                  - {name: clinical-hpc, dataKind: clinical, owner: academy, resourceClass: hpc, verdict: not-determined}
                """;
        models.check("policy.yaml", policy).assertOnly("trust.duplicate-name", 6, 12);

        models.check("policy.yaml", policy.replace("clinical-hpc, dataKind: clinical, owner: academy",
                "academic-clinical-hpc, dataKind: clinical, owner: academy")).assertClean();
    }

    @Test
    void certificationsOnlyResolveNotDetermined() {
        String policy = """
                apiVersion: vitruvian/v1
                kind: TrustPolicy
                name: hospital
                rules:
                  - dataKind: clinical
                    owner: hospital
                    resourceClass: private-cloud
                    verdict: allowed
                    acceptedCertifications: [hospital-dpa]
                """;
        models.check("policy.yaml", policy).assertOnly("trust.certifications", 9, 29);

        models.check("policy.yaml", policy.replace("verdict: allowed", "verdict: not-determined")).assertClean();
    }

    @Test
    void identifiabilityDescribesClinicalData() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: md.run
                version: 1.0.0
                inputs:
                  - name: structure
                    format: pdb
                    dataClass:
                      kind: scientific
                      owner: industry
                      identifiability: anonymised
                """;
        models.check("md.yaml", service).assertOnly("trust.data-class", 11, 24);

        models.check("md.yaml", service.replace("identifiability: anonymised", "confidential: true")).assertClean();
    }

    @Test
    void confidentialDescribesScientificData() {
        String service = """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: img.segment
                version: 1.0.0
                inputs:
                  - name: ct
                    format: dicom
                    dataClass: {kind: clinical, owner: hospital, confidential: true}
                """;
        models.check("segment.yaml", service).assertOnly("trust.data-class", 8, 64);

        models.check("segment.yaml", service.replace("confidential: true", "identifiability: pseudonymised")).assertClean();
    }
}
