package org.vitruvian.model.common.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** The "Did you mean ...?" of diagnostics about a name that does not exist, shared by the reader and validators. */
public final class Suggestions {

    private Suggestions() {
    }

    /** " Did you mean 'x'?" when a known word is close to what was typed, else "". */
    public static String didYouMean(String typed, Collection<String> known) {
        if (typed == null) {
            return "";
        }
        return known.stream().filter(k -> k != null && !k.equals(typed))
                .map(k -> Map.entry(k, distance(typed.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= Math.max(1, Math.min(3, typed.length() / 3)))
                .min(Comparator.comparingInt(Map.Entry::getValue)).map(e -> " Did you mean '" + e.getKey() + "'?").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
