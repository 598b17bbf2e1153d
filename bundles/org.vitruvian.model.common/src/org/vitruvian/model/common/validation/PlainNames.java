package org.vitruvian.model.common.validation;

import java.util.regex.Pattern;

/**
 * Names that a run turns into file and folder names: a step's folder is its name, a port's
 * file is {@code NAME.FORMAT}. Such a name must stay one plain path segment, or a model could
 * make a run write outside its folder ({@code ../../tmp/x}, {@code /etc/x}) or pass a word that
 * a tool reads as an option ({@code -rf}). Only letters, digits, {@code -} and {@code _} are
 * allowed, starting with a letter or digit; formats may also hold {@code .} and {@code +}
 * ({@code tar.gz}, {@code c++}), since a port's name before them keeps the segment from being
 * {@code .} or {@code ..}.
 */
public final class PlainNames {

    /** Longest name: NAME.FORMAT must fit in a file name (255 bytes) with room to spare. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    private PlainNames() {
    }

    /**
     * Why {@code name} cannot be the name of a {@code what} ("port", "step"), as the end of a
     * sentence naming the fix; {@code null} when it is fine or absent (a missing name is a
     * structural problem reported elsewhere).
     */
    public static String nameProblem(String what, String name) {
        if (name == null) {
            return null;
        }
        if (name.length() > MAX_LENGTH) {
            return "The " + what + " name is " + name.length() + " characters long; a run stores the " + what
                    + " under its name, so keep it to " + MAX_LENGTH + ".";
        }
        if (NAME.matcher(name).matches()) {
            return null;
        }
        return "The " + what + " name '" + name + "' may hold only letters, digits, '-' and '_', starting with a letter "
                + "or digit: a run stores the " + what + " under its name, which must not lead out of the run's folder. "
                + "Rename it, e.g. '" + suggestion(name) + "'.";
    }

    /** Like {@link #nameProblem}, for the format of a port, which becomes the extension of its file. */
    public static String formatProblem(String portName, String format) {
        if (format == null || FORMAT.matcher(format).matches() && format.length() <= MAX_LENGTH) {
            return null;
        }
        return "The format '" + format + "' of port '" + portName + "' is the extension of the port's file in a run, so "
                + "it may hold only letters, digits, '.', '+', '-' and '_', starting with a letter or digit (nrrd, "
                + "vtk, tar.gz).";
    }

    /** The name with every character that is not allowed replaced, for the message's example. */
    static String suggestion(String name) {
        String plain = name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^[-_]+|[-_]+$", "");
        plain = plain.length() > MAX_LENGTH ? plain.substring(0, MAX_LENGTH) : plain;
        return plain.isEmpty() ? "data" : plain;
    }
}
