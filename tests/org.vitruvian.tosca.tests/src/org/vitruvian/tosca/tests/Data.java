package org.vitruvian.tosca.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.vitruvian.tosca.ToscaService;
import org.vitruvian.tosca.internal.ToscaServiceImpl;
import org.vitruvian.tosca.internal.UrlCatalog;

/** The repository the build runs in, this bundle's data/ in it, and a service with no URL catalog. */
final class Data {

    private Data() {
    }

    /** The checkout, passed by the build as -Dvitruvian.repo (see vitruvian.test.vmargs in the root pom). */
    static Path repository() {
        String repo = System.getProperty("vitruvian.repo");
        if (repo == null) {
            throw new IllegalStateException("the build passes the checkout to tests as -Dvitruvian.repo");
        }
        return Path.of(repo).toAbsolutePath().normalize();
    }

    static Path file(String path) {
        Path file = repository().resolve("tests/org.vitruvian.tosca.tests/data").resolve(path);
        if (!Files.exists(file)) {
            throw new IllegalStateException("test data " + file + " is missing");
        }
        return file;
    }

    static ToscaService service() {
        return new ToscaServiceImpl(UrlCatalog.none());
    }
}
