package org.vitruvian.services.support;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The options of one step, {@code --name value} or {@code --name=value}, checked against what
 * the step takes, with typed getters that refuse values outside the service definition's bounds.
 */
public final class Arguments {

    private final String stage;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Arguments(String stage) {
        this.stage = stage;
    }

    public static Arguments parse(String stage, List<String> words, Set<String> known) throws UsageException {
        Arguments arguments = new Arguments(stage);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.length() == 2) {
                throw new UsageException("unexpected argument '" + word + "'; options are written --name value");
            }
            String name;
            String value;
            int equals = word.indexOf('=');
            if (equals > 0) {
                name = word.substring(2, equals);
                value = word.substring(equals + 1);
            } else {
                name = word.substring(2);
                if (i + 1 >= words.size()) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = words.get(++i);
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name + "; " + stage + " takes --"
                        + String.join(", --", known));
            }
            if (arguments.values.put(name, value) != null) {
                throw new UsageException("option --" + name + " is given twice");
            }
        }
        return arguments;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String text(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("option --" + name + " is required");
        }
        return value;
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public double number(String name, double fallback, double min, double max) throws UsageException {
        if (!has(name)) {
            return fallback;
        }
        return number(name, min, max);
    }

    public double number(String name, double min, double max) throws UsageException {
        String text = text(name);
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + text + "'");
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new UsageException(String.format(Locale.ROOT, "--%s must lie between %s and %s, not %s", name,
                    JsonText.number(min), JsonText.number(max), text));
        }
        return value;
    }

    public long integer(String name, long fallback, long min, long max) throws UsageException {
        if (!has(name)) {
            return fallback;
        }
        String text = text(name);
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + text + "'");
        }
        if (value < min || value > max) {
            throw new UsageException("--" + name + " must lie between " + min + " and " + max + ", not " + text);
        }
        return value;
    }

    public boolean flag(String name, boolean fallback) throws UsageException {
        if (!has(name)) {
            return fallback;
        }
        String text = text(name).trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException("--" + name + " must be true or false, not '" + text(name) + "'");
        };
    }

    public String choice(String name, String fallback, Set<String> choices) throws UsageException {
        String value = text(name, fallback);
        if (!choices.contains(value)) {
            throw new UsageException("--" + name + " must be one of " + String.join(", ", choices) + ", not '" + value + "'");
        }
        return value;
    }

    /** A file to read. */
    public Path input(String name) throws UsageException {
        return path(name);
    }

    /**
     * A file to write. Refused when it climbs out of where it is written with {@code ..}: a
     * service's outputs go where the workflow places them, never above.
     */
    public Path output(String name) throws UsageException {
        Path path = path(name);
        for (Path part : path) {
            if (part.toString().equals("..")) {
                throw new UsageException("--" + name + " " + text(name) + " has a '..' segment; outputs are written "
                        + "below the working folder or at an absolute path, never above it");
            }
        }
        if (path.getFileName() == null) {
            throw new UsageException("--" + name + " " + text(name) + " names no file");
        }
        return path;
    }

    private Path path(String name) throws UsageException {
        String text = text(name);
        if (text.isBlank()) {
            throw new UsageException("--" + name + " needs a path");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("--" + name + " '" + text + "' is not a valid path");
        }
    }
}
