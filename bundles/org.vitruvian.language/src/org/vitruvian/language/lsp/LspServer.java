package org.vitruvian.language.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.vitruvian.language.LanguageServices;
import org.vitruvian.language.internal.lsp.VitruvianLanguageServer;

/**
 * The language services as a Language Server Protocol server (LSP4J): diagnostics, completion,
 * hover, document symbols, folding ranges and quick fixes for Vitruvian model files, so that
 * VS Code, Neovim or any LSP client gets what the IDE gets. {@code vitruvian lsp} runs it on
 * standard input and output.
 */
public final class LspServer {

    private LspServer() {
    }

    /**
     * Serves one client on {@code in} and {@code out} until it sends {@code exit} or closes the
     * stream. Returns the exit status the protocol asks for: 0 after {@code shutdown}, 1 if the
     * client exited without it.
     */
    public static int serve(LanguageServices services, InputStream in, OutputStream out) {
        VitruvianLanguageServer server = new VitruvianLanguageServer(services);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            // Returns when the client sends exit, or when the input ends.
            server.awaitExit(listening);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The stream broke: the client is gone.
        } finally {
            listening.cancel(true);
            server.close();
        }
        return server.wasShutDown() ? 0 : 1;
    }
}
