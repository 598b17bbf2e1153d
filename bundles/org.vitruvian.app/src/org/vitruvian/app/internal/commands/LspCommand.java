package org.vitruvian.app.internal.commands;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.vitruvian.language.LanguageServices;
import org.vitruvian.language.lsp.LspServer;

import picocli.CommandLine.Command;

@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = { "Serve the language services (diagnostics, completion, hover, outline, folding, quick fixes) for model files",
                "over the Language Server Protocol on standard input and output, for VS Code, Neovim and other editors.",
                "The editor starts it; see docs/language.md. Exits 0 after the client's shutdown and exit, 1 if the client",
                "went away without shutdown." })
public final class LspCommand implements Callable<Integer> {

    private final LanguageServices services;

    public LspCommand(LanguageServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        // Standard output carries the protocol alone: anything else printed there (a library's
        // log line) would break the client's framing, so System.out goes to standard error.
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        InputStream in = new java.io.FileInputStream(FileDescriptor.in);
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            return LspServer.serve(services, in, protocol);
        } finally {
            System.setOut(stdout);
        }
    }
}
