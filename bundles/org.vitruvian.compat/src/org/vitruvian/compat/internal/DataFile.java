package org.vitruvian.compat.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated table shipped in the bundle's data/ folder, with '#' comment lines naming its
 * source. The tables hold no quoted fields, so a plain split is exact.
 */
final class DataFile {

    private DataFile() {
    }

    /** Rows (header first) of data/NAME, without comments and blank lines. */
    static List<List<String>> rows(String name) {
        String path = "/data/" + name;
        try (InputStream in = DataFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the org.vitruvian.compat bundle");
            }
            List<List<String>> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(List.of(line.split(",", -1)).stream().map(String::strip).toList());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
