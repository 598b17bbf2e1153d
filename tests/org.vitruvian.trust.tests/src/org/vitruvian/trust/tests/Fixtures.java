package org.vitruvian.trust.tests;

import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.Identifiability;
import org.vitruvian.model.trust.ResourceClass;
import org.vitruvian.model.trust.Sector;
import org.vitruvian.model.trust.TrustFactory;
import org.vitruvian.trust.TrustChecker;

/** Models built in code, so each test shows exactly the facts it depends on. */
final class Fixtures {

    static <T> T withChecker(java.util.function.Function<TrustChecker, T> use) {
        try (ServiceHandle<TrustChecker> checker = Services.await(Fixtures.class, TrustChecker.class)) {
            return use.apply(checker.get());
        }
    }

    static Site site(String id, ResourceClass resourceClass) {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId(id);
        site.setResourceClass(resourceClass);
        return site;
    }

    static Site withRuntime(Site site, ContainerRuntimeKind kind, boolean rootful) {
        ContainerRuntime runtime = SiteFactory.eINSTANCE.createContainerRuntime();
        runtime.setKind(kind);
        runtime.setRootful(rootful);
        site.getContainerRuntimes().add(runtime);
        return site;
    }

    static DataClass data(Sector owner, DataKind kind, boolean sensitive) {
        DataClass dataClass = TrustFactory.eINSTANCE.createDataClass();
        dataClass.setOwner(owner);
        dataClass.setKind(kind);
        if (kind == DataKind.CLINICAL) {
            dataClass.setIdentifiability(sensitive ? Identifiability.IDENTIFIABLE : Identifiability.ANONYMISED);
        } else {
            dataClass.setConfidential(sensitive);
        }
        return dataClass;
    }

    private Fixtures() {
    }
}
