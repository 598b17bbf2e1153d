package org.vitruvian.services.cardiac.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vitruvian.services.cardiac.Main;

/** Runs the jar's command line in-process and keeps what it printed. */
final class Cli {

    static final Pattern PROGRESS = Pattern.compile("^VITRUVIAN-PROGRESS ([01]\\.\\d{3}) (\\S.*)$");

    record Result(int exitCode, String out, String err) {

        List<String> progressLines() {
            return out.lines().filter(line -> line.startsWith("VITRUVIAN-PROGRESS")).toList();
        }

        /** Output without progress lines: what a user reads. */
        String results() {
            return String.join("\n", out.lines().filter(line -> !line.startsWith("VITRUVIAN-PROGRESS")).toList());
        }

        List<Double> fractions() {
            return progressLines().stream().map(line -> {
                Matcher m = PROGRESS.matcher(line);
                if (!m.matches()) {
                    throw new AssertionError("not a progress line: " + line);
                }
                return Double.parseDouble(m.group(1));
            }).toList();
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
