package org.vitruvian.services.mriheating.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.vitruvian.services.mriheating.Main;

/** Runs the jar's command line in-process and keeps what it printed. */
final class Cli {

    record Result(int exitCode, String out, String err) {

        List<Double> fractions() {
            return out.lines().filter(l -> l.startsWith("VITRUVIAN-PROGRESS ")).map(l -> Double.parseDouble(l.split(" ")[1]))
                    .toList();
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
