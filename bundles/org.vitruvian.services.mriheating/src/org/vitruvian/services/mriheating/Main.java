package org.vitruvian.services.mriheating;

import java.io.PrintStream;

import org.vitruvian.services.mriheating.internal.CommandLine;

/**
 * {@code java -jar mriheating.jar STAGE [OPTIONS]}: one stage of the RF-heating assessment of a
 * passive implant after ASTM F2182 (setup, fields, heating) per run, on any JVM 21 or newer,
 * without OSGi, so the same jar runs on a workstation, a Slurm node or in a container.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one stage: 0 done, 1 invalid input, 2 usage error, 3 environment. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        System.setProperty("java.awt.headless", "true");
        return new CommandLine(out, err).run(args);
    }
}
