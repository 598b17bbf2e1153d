package org.vitruvian.language.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files in this bundle's data/ folder. */
final class TestData {

    private TestData() {
    }

    static String read(String name) {
        // data/ is on the bundle's class path ("."), so the class loader finds it in OSGi and out.
        try (InputStream in = TestData.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                throw new IOException("No data/" + name + " in the test bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies data/NAME into {@code folder} and returns the copy. */
    static Path copy(String name, Path folder) {
        try {
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, read(name));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comment lines and trailing comments of a text, as written. */
    static List<String> comments(String text) {
        return text.lines().filter(line -> line.contains("#")).map(line -> line.substring(line.indexOf('#'))).toList();
    }
}
