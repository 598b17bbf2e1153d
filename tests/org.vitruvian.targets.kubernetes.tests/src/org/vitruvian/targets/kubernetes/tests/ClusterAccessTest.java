package org.vitruvian.targets.kubernetes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.targets.kubernetes.internal.ClusterAccess;

/** Where a Kubernetes site's server, credentials and namespace come from: the site's own kubeconfig. */
class ClusterAccessTest {

    private static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters:
              - {name: egi, cluster: {server: "https://k8s.egi.example:6443"}}
              - {name: lab, cluster: {server: "https://lab.example:6443"}}
            users:
              - {name: alice, user: {token: secret-token}}
            contexts:
              - {name: egi-cloud-compute, context: {cluster: egi, user: alice, namespace: primage}}
              - {name: lab, context: {cluster: lab, user: alice}}
            current-context: lab
            """;

    @TempDir
    Path home;

    @AfterEach
    void clear() {
        System.clearProperty("vitruvian.home");
    }

    private Site site(String id) throws Exception {
        System.setProperty("vitruvian.home", home.toString());
        Path config = Files.createDirectories(home.resolve("kube").resolve(id)).resolve("config");
        Files.writeString(config, KUBECONFIG);
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId(id);
        site.setScheduler(Scheduler.KUBERNETES);
        return site;
    }

    @Test
    void theContextNamedAsTheSiteGivesItsServerCredentialsAndNamespace() throws Exception {
        ClusterAccess access = ClusterAccess.of(site("egi-cloud-compute"));
        assertEquals(home.resolve("kube/egi-cloud-compute/config"), access.kubeconfig());
        assertEquals("egi-cloud-compute", access.context());
        assertEquals("primage", access.namespace());
        assertEquals("https://k8s.egi.example:6443/", access.config().getMasterUrl());
        assertEquals("secret-token", access.config().getAutoOAuthToken(), "the token of the context's user");
    }

    @Test
    void withoutSuchAContextTheCurrentOneAndTheDefaultNamespaceAreUsed() throws Exception {
        ClusterAccess access = ClusterAccess.of(site("my-lab"));
        assertNull(access.context());
        assertEquals("default", access.namespace());
        assertEquals("https://lab.example:6443/", access.config().getMasterUrl());
    }
}
