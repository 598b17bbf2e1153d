package org.vitruvian.compat.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.ContainerRuntimeKind;

/**
 * What each container runtime can run and how it gets its privileges, read from
 * data/container-runtimes.csv, which cites the seeds' runtime comparisons row by row.
 */
public final class RuntimeCapabilities {

    /** One row of the table. */
    public record Capability(ContainerRuntimeKind kind, Set<ImageFormat> runs, boolean rootDaemonByDefault,
            String privilegeModel, String source) {
    }

    static final String FILE = "container-runtimes.csv";

    private final Map<ContainerRuntimeKind, Capability> table;

    private RuntimeCapabilities(Map<ContainerRuntimeKind, Capability> table) {
        this.table = table;
    }

    /** Reads the shipped table; it must have exactly one row per runtime kind of the site model. */
    public static RuntimeCapabilities load() {
        List<List<String>> rows = DataFile.rows(FILE);
        Map<ContainerRuntimeKind, Capability> table = new EnumMap<>(ContainerRuntimeKind.class);
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.size() != 6) {
                throw new IllegalStateException("data/" + FILE + ": row " + row + " does not have 6 columns");
            }
            ContainerRuntimeKind kind = ContainerRuntimeKind.get(row.get(0));
            if (kind == null || table.containsKey(kind)) {
                throw new IllegalStateException("data/" + FILE + ": '" + row.get(0) + "' is not a runtime kind, or is listed twice");
            }
            Set<ImageFormat> runs = EnumSet.noneOf(ImageFormat.class);
            if (yes(row.get(1))) {
                runs.add(ImageFormat.OCI);
            }
            if (yes(row.get(2))) {
                runs.add(ImageFormat.SIF);
            }
            table.put(kind, new Capability(kind, Set.copyOf(runs), yes(row.get(3)), row.get(4), row.get(5)));
        }
        if (table.size() != ContainerRuntimeKind.VALUES.size()) {
            throw new IllegalStateException("data/" + FILE + " lists " + table.keySet() + ", not every runtime kind "
                    + ContainerRuntimeKind.VALUES);
        }
        return new RuntimeCapabilities(table);
    }

    private static boolean yes(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalStateException("data/" + FILE + ": '" + cell + "' is not yes or no");
        };
    }

    public Capability of(ContainerRuntimeKind kind) {
        return table.get(kind);
    }

    /** Whether this installation runs containers through a root daemon, the table's default when the site does not say. */
    public boolean usesRootDaemon(ContainerRuntime runtime) {
        return runtime.isSetRootful() ? runtime.isRootful() : of(runtime.getKind()).rootDaemonByDefault();
    }
}
