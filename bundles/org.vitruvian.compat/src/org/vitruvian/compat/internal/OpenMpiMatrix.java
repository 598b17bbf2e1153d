package org.vitruvian.compat.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measured OpenMPI container-vs-host matrix, read from data/openmpi-compatibility.csv. It is
 * data rather than code so that the cells stay a verbatim copy of the source slide, checkable
 * against it line by line.
 */
public final class OpenMpiMatrix {

    /** The colour of a cell, as the slide writes it. */
    public enum Colour {
        Green, Red, White
    }

    static final String FILE = "openmpi-compatibility.csv";

    private final List<String> hosts;
    private final Map<String, Map<String, Colour>> byContainer;

    private OpenMpiMatrix(List<String> hosts, Map<String, Map<String, Colour>> byContainer) {
        this.hosts = hosts;
        this.byContainer = byContainer;
    }

    /** Reads the shipped table; a malformed table fails here, at activation, not in a user's check. */
    public static OpenMpiMatrix load() {
        List<List<String>> rows = DataFile.rows(FILE);
        if (rows.isEmpty()) {
            throw new IllegalStateException("data/" + FILE + " has no header row");
        }
        List<String> hosts = rows.get(0).subList(1, rows.get(0).size());
        Map<String, Map<String, Colour>> byContainer = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() != hosts.size() + 1) {
                throw new IllegalStateException("data/" + FILE + ": row " + row + " does not have one colour per host version");
            }
            Map<String, Colour> cells = new LinkedHashMap<>();
            for (int i = 0; i < hosts.size(); i++) {
                cells.put(hosts.get(i), colour(row.get(i + 1)));
            }
            byContainer.put(row.get(0), cells);
        }
        return new OpenMpiMatrix(List.copyOf(hosts), byContainer);
    }

    private static Colour colour(String text) {
        try {
            return Colour.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("data/" + FILE + ": '" + text + "' is not Green, Red or White", e);
        }
    }

    /** The cell for these exact versions, or empty when either is not in the matrix. */
    public Optional<Colour> colour(String container, String host) {
        Map<String, Colour> row = container == null ? null : byContainer.get(container.strip());
        return row == null || host == null ? Optional.empty() : Optional.ofNullable(row.get(host.strip()));
    }

    /** Container versions measured Green with this host version. */
    public List<String> greenContainersFor(String host) {
        List<String> green = new ArrayList<>();
        byContainer.forEach((container, row) -> {
            if (row.get(host) == Colour.Green) {
                green.add(container);
            }
        });
        return green;
    }

    /** Host versions measured Green with this container version. */
    public List<String> greenHostsFor(String container) {
        Map<String, Colour> row = byContainer.getOrDefault(container, Map.of());
        return hosts.stream().filter(host -> row.get(host) == Colour.Green).toList();
    }
}
