package org.vitruvian.services.mriheating.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one stage, checked against what it takes, with bounded typed getters. */
public final class Arguments {

    private final Map<String, String> values = new LinkedHashMap<>();

    public static Arguments parse(List<String> words, Set<String> known) throws UsageException {
        Arguments a = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.length() == 2) {
                throw new UsageException("unexpected argument '" + word + "'; options are written --name value");
            }
            String name, value;
            int eq = word.indexOf('=');
            if (eq > 0) {
                name = word.substring(2, eq);
                value = word.substring(eq + 1);
            } else {
                name = word.substring(2);
                if (i + 1 >= words.size()) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = words.get(++i);
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name + "; this stage takes --" + String.join(", --", known));
            }
            if (a.values.put(name, value) != null) {
                throw new UsageException("option --" + name + " is given twice");
            }
        }
        return a;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public String choice(String name, String fallback, Set<String> choices) throws UsageException {
        String v = text(name, fallback);
        if (!choices.contains(v)) {
            throw new UsageException("--" + name + " must be one of " + String.join(", ", choices) + ", not '" + v + "'");
        }
        return v;
    }

    public double number(String name, double fallback, double min, double max) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + v + "'");
        }
        if (!(d >= min && d <= max)) {
            throw new UsageException(String.format(Locale.ROOT, "--%s must lie between %s and %s, not %s", name,
                    Json.number(min), Json.number(max), v));
        }
        return d;
    }

    public int integer(String name, int fallback, int min, int max) throws UsageException {
        double d = number(name, fallback, min, max);
        if (d != Math.rint(d)) {
            throw new UsageException("--" + name + " must be a whole number, not '" + values.get(name) + "'");
        }
        return (int) d;
    }

    /** A file option; a path with a '..' segment is refused so that a step cannot write outside its folder. */
    public Path path(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("option --" + name + " is required");
        }
        try {
            Path p = Path.of(v);
            for (Path part : p) {
                if (part.toString().equals("..")) {
                    throw new UsageException("--" + name + " must not contain '..': " + v);
                }
            }
            return p;
        } catch (InvalidPathException e) {
            throw new UsageException("--" + name + " is not a valid path: " + v);
        }
    }
}
