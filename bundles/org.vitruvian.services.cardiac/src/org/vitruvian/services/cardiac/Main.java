package org.vitruvian.services.cardiac;

import java.io.PrintStream;

import org.vitruvian.services.cardiac.internal.CommandLine;

/**
 * {@code java -jar cardiac.jar STAGE [OPTIONS]}: one stage of the in-silico drug trial
 * (population, calibrate, drug-block, or pace for a single model) per run, on any JVM 21 or
 * newer, without OSGi, so the same jar runs on a workstation, a Slurm node or in a container.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one stage and returns its exit status: 0 done, 1 invalid input, 2 usage error, 3 environment. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        System.setProperty("java.awt.headless", "true");
        return new CommandLine(out, err).run(args);
    }
}
