package org.vitruvian.app.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.FrameworkUtil;
import org.vitruvian.app.internal.VitruvianCli;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;

/** Runs the real {@code vitruvian} command tree in this OSGi framework and captures what it prints. */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (ServiceHandle<VitruvianCli> cli = Services.await(CliRunner.class, VitruvianCli.class)) {
            int code = cli.get().execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Result(code, out.toString(), err.toString());
        }
    }

    /** Copies a file from this bundle's data/ folder into {@code folder}, where the CLI can read it. */
    static Path data(String name, Path folder) throws IOException {
        Path target = folder.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = FrameworkUtil.getBundle(CliRunner.class).getEntry("data/" + name).openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private CliRunner() {
    }
}
