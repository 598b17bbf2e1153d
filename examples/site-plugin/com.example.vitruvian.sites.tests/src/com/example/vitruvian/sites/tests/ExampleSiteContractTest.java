package com.example.vitruvian.sites.tests;

import java.util.List;

import org.vitruvian.sites.tck.SiteContractTest;

/** Vitruvian's site contract, run over this plugin's site. */
class ExampleSiteContractTest extends SiteContractTest {

    @Override
    protected List<String> siteIds() {
        return List.of("example-hpc");
    }
}
