package org.vitruvian.services.cardiac.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference beat computed by bench/cardiac/ord_reference.py: the published ORd equations
 * written again in Python, every state an ODE, integrated by SciPy's BDF at rtol 1e-7, paced
 * 1000 beats at 1 Hz from the published initial state. The file holds the last beat's potential
 * every 0.1 ms, its biomarkers and the final state.
 */
record Reference(Map<String, Double> biomarkers, double[] state, double[] time, double[] voltage) {

    static Path repo() {
        String repo = System.getProperty("vitruvian.repo");
        assertNotNull(repo, "the build passes the checkout to tests as -Dvitruvian.repo (see vitruvian.test.vmargs)");
        return Path.of(repo);
    }

    static Reference read(String cell) throws IOException {
        Path file = repo().resolve("bench/cardiac/reference/ord-" + cell + "-1hz.csv");
        assertTrue(Files.isRegularFile(file), file + " is missing; bench/cardiac/run.sh --reference makes it");
        Map<String, Double> biomarkers = new HashMap<>();
        double[] state = null;
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# state=")) {
                String[] parts = line.substring("# state=".length()).trim().split(" ");
                state = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    state[i] = Double.parseDouble(parts[i]);
                }
            } else if (line.startsWith("# ") && line.contains("=")) {
                String[] pair = line.substring(2).split("=");
                biomarkers.put(pair[0], Double.parseDouble(pair[1]));
            } else if (!line.startsWith("#") && !line.startsWith("t,") && !line.isBlank()) {
                String[] cells = line.split(",");
                rows.add(new double[] { Double.parseDouble(cells[0]), Double.parseDouble(cells[1]) });
            }
        }
        double[] t = new double[rows.size()];
        double[] v = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            t[i] = rows.get(i)[0];
            v[i] = rows.get(i)[1];
        }
        assertNotNull(state, file + " has no '# state=' line");
        return new Reference(biomarkers, state, t, v);
    }
}
