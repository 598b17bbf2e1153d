package org.vitruvian.model.common.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vitruvian.model.common.Version;
import org.vitruvian.model.common.VersionRange;

/** The versions and version ranges users write in services, steps, recipes and sites. */
class VersionTest {

    @Test
    void versionsAsToolsPrintThemAreAccepted() {
        for (String version : new String[] { "1", "1.2", "1.2.0", "4.1.5", "12.2", "1.6.5.8", "2021.10.0", "1.2.4-1.el8",
                "2.0.0-rc.1", "1.0.0+build.7", "535.104.05" }) {
            assertTrue(Version.isValid(version), version);
        }
    }

    @Test
    void versionsWithPrefixesOrGapsAreRefusedWithTheAcceptedForm() {
        for (String version : new String[] { "v1.2", "1.2.", "1..2", "", "1.2.3.4.5", "1.x", "latest" }) {
            assertFalse(Version.isValid(version), version);
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Version.parse("v4.1.5"));
        assertTrue(refused.getMessage().contains("such as 1.2.0, 4.1.5 or 12.2"), refused.getMessage());
    }

    @Test
    void missingNumbersCountAsZeroAndNumbersCompareAsNumbers() {
        assertEquals(Version.parse("1.2"), Version.parse("1.2.0"));
        assertTrue(Version.parse("1.10").compareTo(Version.parse("1.9")) > 0);
        assertTrue(Version.parse("4.1.5").compareTo(Version.parse("4.1.10")) < 0);
    }

    @Test
    void preReleasesComeBeforeTheReleaseAndBuildMetadataIsIgnored() {
        assertTrue(Version.parse("2.0.0-rc.1").compareTo(Version.parse("2.0.0")) < 0);
        assertEquals(0, Version.parse("1.0.0+build.7").compareTo(Version.parse("1.0.0")));
    }

    @Test
    void anExactVersionMatchesThatVersionOnly() {
        VersionRange range = VersionRange.parse("1.2.0");
        assertTrue(range.includes(Version.parse("1.2")));
        assertFalse(range.includes(Version.parse("1.2.1")));
    }

    @Test
    void intervalsIncludeSquareBracketBoundsOnly() {
        VersionRange range = VersionRange.parse("[1.0,2.0)");
        assertTrue(range.includes(Version.parse("1.0.0")));
        assertTrue(range.includes(Version.parse("1.99.3")));
        assertFalse(range.includes(Version.parse("2.0.0")));
        assertFalse(range.includes(Version.parse("0.9")));

        VersionRange open = VersionRange.parse("(1.0, 2.0]");
        assertFalse(open.includes(Version.parse("1.0")));
        assertTrue(open.includes(Version.parse("2.0")));
    }

    @Test
    void anExcludedUpperBoundExcludesItsPreReleases() {
        assertFalse(VersionRange.parse("[1.0,2.0)").includes(Version.parse("2.0.0-rc.1")));
        assertFalse(VersionRange.parse("1.x").includes(Version.parse("2.0.0-rc.1")));
        assertTrue(VersionRange.parse("[1.0,2.0]").includes(Version.parse("2.0.0-rc.1")));
    }

    @Test
    void anIntervalWithoutUpperBoundIsThisOrNewer() {
        VersionRange range = VersionRange.parse("[1.4,)");
        assertTrue(range.includes(Version.parse("1.4")));
        assertTrue(range.includes(Version.parse("99.0")));
        assertFalse(range.includes(Version.parse("1.3.9")));
    }

    @Test
    void wildcardsMatchEverythingBelowTheirPrefix() {
        VersionRange major = VersionRange.parse("1.x");
        assertTrue(major.includes(Version.parse("1.0.0")));
        assertTrue(major.includes(Version.parse("1.99.3")));
        assertFalse(major.includes(Version.parse("2.0.0")));
        assertFalse(major.includes(Version.parse("0.9")));

        VersionRange minor = VersionRange.parse("1.2.x");
        assertTrue(minor.includes(Version.parse("1.2.7")));
        assertFalse(minor.includes(Version.parse("1.3.0")));
    }

    @Test
    void noRangeOrAStarMeansAnyVersion() {
        assertTrue(VersionRange.parse(null).includes(Version.parse("0.0.1")));
        assertTrue(VersionRange.parse("*").includes(Version.parse("42.0")));
    }

    @Test
    void rangesThatCannotMatchOrDoNotParseAreRefused() {
        for (String range : new String[] { "[2.0,1.0)", "[1.0,1.0)", "[1.0,2.0", "1.2.y", ">=1.0", "[a,b)" }) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> VersionRange.parse(range),
                    range);
            assertTrue(refused.getMessage().contains("[1.0,2.0)"), refused.getMessage());
        }
    }
}
