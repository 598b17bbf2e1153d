package org.vitruvian.trust;

import java.util.ArrayList;
import java.util.List;

import org.vitruvian.model.trust.DataClass;

/**
 * A class of data that reaches a step, and the links it came along, from the workflow input
 * that introduced it: why the step sees clinical data, for instance.
 *
 * <p>The path of a step deep in a long chain is as long as the chain; the checker shares the
 * common part of the paths of successive steps instead of copying it, so keep {@code path} as
 * given rather than copying it, and show it with {@link #shown(List)}.
 */
public record CarriedData(DataClass dataClass, List<String> path) {

    /** A longer path is shown with its first and last entries only (see {@link #shown(List)}). */
    public static final int SHOWN_ENTRIES = 8;

    public String describe() {
        return DataClasses.describe(dataClass);
    }

    /**
     * The path as messages and JSON show it: whole when it has at most {@value #SHOWN_ENTRIES}
     * entries, else its first four entries (where the data came from), one entry saying how many
     * links lie between, and its last three (how it reached the step). Printing whole paths would
     * make a report on a chain of n steps grow with n squared.
     */
    public static List<String> shown(List<String> path) {
        int size = path.size();
        if (size <= SHOWN_ENTRIES) {
            return List.copyOf(path);
        }
        List<String> shown = new ArrayList<>(List.of(path.get(0), path.get(1), path.get(2), path.get(3)));
        shown.add("... " + (size - 7) + " more ...");
        shown.addAll(List.of(path.get(size - 3), path.get(size - 2), path.get(size - 1)));
        return List.copyOf(shown);
    }
}
