package org.vitruvian.trust.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.ResourceClass;
import org.vitruvian.model.trust.Sector;
import org.vitruvian.trust.TrustDecision;
import org.vitruvian.trust.Verdict;

/**
 * Every cell of CompBioMed D6.5 Table 2, written out here from the seed (not read from the
 * shipped policy file, so a wrong file fails). "secure and used" allows; "nd" denies;
 * "non-sensitive data" allows only data that is not sensitive.
 */
class DefaultPolicyTest {

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @CsvSource({
            "INDUSTRY, SCIENTIFIC, DESK_SIDE,     secure and used",
            "INDUSTRY, SCIENTIFIC, PRIVATE_CLOUD, secure and used",
            "INDUSTRY, SCIENTIFIC, PUBLIC_CLOUD,  nd",
            "INDUSTRY, SCIENTIFIC, HPC,           non-sensitive data",
            "INDUSTRY, CLINICAL,   DESK_SIDE,     secure and used",
            "INDUSTRY, CLINICAL,   PRIVATE_CLOUD, nd",
            "INDUSTRY, CLINICAL,   PUBLIC_CLOUD,  nd",
            "INDUSTRY, CLINICAL,   HPC,           nd",
            "ACADEMY,  SCIENTIFIC, DESK_SIDE,     secure and used",
            "ACADEMY,  SCIENTIFIC, PRIVATE_CLOUD, secure and used",
            "ACADEMY,  SCIENTIFIC, PUBLIC_CLOUD,  secure and used",
            "ACADEMY,  SCIENTIFIC, HPC,           secure and used",
            "ACADEMY,  CLINICAL,   DESK_SIDE,     secure and used",
            "ACADEMY,  CLINICAL,   PRIVATE_CLOUD, nd",
            "ACADEMY,  CLINICAL,   PUBLIC_CLOUD,  nd",
            "ACADEMY,  CLINICAL,   HPC,           nd",
            "HOSPITAL, SCIENTIFIC, DESK_SIDE,     secure and used",
            "HOSPITAL, SCIENTIFIC, PRIVATE_CLOUD, nd",
            "HOSPITAL, SCIENTIFIC, PUBLIC_CLOUD,  secure and used",
            "HOSPITAL, SCIENTIFIC, HPC,           nd",
            "HOSPITAL, CLINICAL,   DESK_SIDE,     secure and used",
            "HOSPITAL, CLINICAL,   PRIVATE_CLOUD, nd",
            "HOSPITAL, CLINICAL,   PUBLIC_CLOUD,  nd",
            "HOSPITAL, CLINICAL,   HPC,           nd" })
    void cellGivesTheVerdictTheTableGives(Sector owner, DataKind kind, ResourceClass resourceClass, String cell) {
        Verdict forSensitive = cell.equals("secure and used") ? Verdict.ALLOW : Verdict.DENY;
        Verdict forNonSensitive = cell.equals("nd") ? Verdict.DENY : Verdict.ALLOW;
        TrustDecision sensitive = decide(owner, kind, resourceClass, true);
        TrustDecision nonSensitive = decide(owner, kind, resourceClass, false);
        assertEquals(forSensitive, sensitive.verdict(), sensitive.reason());
        assertEquals(forNonSensitive, nonSensitive.verdict(), nonSensitive.reason());
        assertEquals(owner.getLiteral() + "-" + kind.getLiteral() + "-" + resourceClass.getLiteral(), sensitive.rule().getName());
        assertTrue(sensitive.rule().getSource().startsWith("CompBioMed D6.5, section 7.4, Table 2"), sensitive.rule().getSource());
    }

    private static TrustDecision decide(Sector owner, DataKind kind, ResourceClass resourceClass, boolean sensitive) {
        return Fixtures.withChecker(checker -> checker.decide(Fixtures.data(owner, kind, sensitive),
                Fixtures.site("s", resourceClass), checker.defaultPolicy()));
    }

    @Test
    void theDefaultPolicyHasExactlyTheTwentyFourCells() {
        assertEquals(24, Fixtures.withChecker(checker -> checker.defaultPolicy().getRules().size()));
    }

    @Test
    void denialsSayWhatToDo() {
        TrustDecision nd = decide(Sector.HOSPITAL, DataKind.CLINICAL, ResourceClass.HPC, true);
        assertTrue(nd.reason().startsWith("Denied: trust in hospital clinical identifiable data on hpc site 's' is not determined"), nd.reason());
        assertTrue(nd.reason().contains("run it on a site the policy allows"), nd.reason());
        TrustDecision nonSensitiveOnly = decide(Sector.INDUSTRY, DataKind.SCIENTIFIC, ResourceClass.HPC, true);
        assertTrue(nonSensitiveOnly.reason().contains("allows only non-sensitive data"), nonSensitiveOnly.reason());
    }
}
