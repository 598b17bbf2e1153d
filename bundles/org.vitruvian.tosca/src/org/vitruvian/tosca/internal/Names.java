package org.vitruvian.tosca.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** The "Did you mean ...?" of diagnostics about a name that does not exist. */
final class Names {

    private Names() {
    }

    static String suggestion(String typed, Collection<String> known) {
        if (typed == null) {
            return "";
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        return known.stream().filter(k -> !k.equals(typed))
                .map(k -> Map.entry(k, distance(lower, k.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= Math.max(1, Math.min(3, typed.length() / 3)))
                .min(Comparator.comparingInt(Map.Entry<String, Integer>::getValue).thenComparing(Map.Entry::getKey))
                .map(e -> " Did you mean '" + e.getKey() + "'?").orElse("");
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
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
