package org.vitruvian.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.language.LanguageServices;
import org.vitruvian.language.lsp.LspServer;

/**
 * Drives the LSP server as an editor does, over a pair of pipes with LSP4J's own client
 * launcher: initialize, didOpen, publishDiagnostics, completion, codeAction, didChange with the
 * fix applied, shutdown and exit.
 */
class LspServerTest {

    /** The client side: diagnostics arrive here as the server publishes them. */
    private static final class Client implements LanguageClient {
        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }

        /** The next diagnostics published for {@code uri}, waiting up to 60 s. */
        PublishDiagnosticsParams next(String uri) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                PublishDiagnosticsParams params = diagnostics.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (params != null && params.getUri().equals(uri)) {
                    return params;
                }
            }
            throw new AssertionError("no diagnostics were published for " + uri + " within 60 s");
        }
    }

    @Test
    void anEditorSessionFromInitializeToExit(@TempDir Path folder) throws Exception {
        String typo = TestData.read("commented-workflow.yaml").replace("    retries: 1\n", "    retrys: 1\n");
        Path file = folder.resolve("workflow.yaml");
        Files.writeString(file, typo);
        String uri = file.toUri().toString();

        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        try (ServiceHandle<LanguageServices> handle = Services.await(LspServerTest.class, LanguageServices.class)) {
            CompletableFuture<Integer> serving = CompletableFuture.supplyAsync(() -> LspServer.serve(handle.get(), serverIn, serverOut));
            Client client = new Client();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();

            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            init.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(folder.toUri().toString(), "models")));
            InitializeResult initialized = server.initialize(init).get(60, TimeUnit.SECONDS);
            assertTrue(initialized.getCapabilities().getCompletionProvider() != null);
            assertEquals(Boolean.TRUE, initialized.getCapabilities().getCodeActionProvider().getLeft());
            server.initialized(new InitializedParams());

            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, typo)));
            PublishDiagnosticsParams published = client.next(uri);
            Diagnostic unknown = published.getDiagnostics().stream().filter(d -> "yaml.unknown-key".equals(d.getCode().getLeft()))
                    .findFirst().orElseThrow(() -> new AssertionError(published.getDiagnostics().toString()));
            assertEquals(DiagnosticSeverity.Error, unknown.getSeverity());
            int line = (int) typo.substring(0, typo.indexOf("retrys")).chars().filter(c -> c == '\n').count();
            assertEquals(new Position(line, 4), unknown.getRange().getStart());
            assertEquals(4 + "retrys".length(), unknown.getRange().getEnd().getCharacter());

            // Completion of a step's keys on a new line of the ct-phantom step.
            int after = typo.indexOf("\n", typo.indexOf("service: {id: bone.ct-phantom")) + 1;
            String typing = typo.substring(0, after) + "    si\n" + typo.substring(after);
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent(typing))));
            int typingLine = (int) typing.substring(0, after).chars().filter(c -> c == '\n').count();
            Either<List<CompletionItem>, org.eclipse.lsp4j.CompletionList> completion = server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(typingLine, 6)))
                    .get(60, TimeUnit.SECONDS);
            List<String> labels = completion.getLeft().stream().map(CompletionItem::getLabel).toList();
            assertTrue(labels.contains("site"), labels.toString());
            assertFalse(labels.contains("service"), "keys the step has are not proposed: " + labels);
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3),
                    List.of(new TextDocumentContentChangeEvent(typo))));
            PublishDiagnosticsParams again = client.next(uri);
            while (again.getVersion() == null || again.getVersion() < 3) {
                again = client.next(uri);
            }

            // The quick fix for the unknown key, applied as the editor would.
            List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), unknown.getRange(),
                            new CodeActionContext(List.of(unknown))))
                    .get(60, TimeUnit.SECONDS);
            assertEquals(1, actions.size(), actions.toString());
            CodeAction fix = actions.get(0).getRight();
            assertEquals("Change 'retrys' to 'retries'", fix.getTitle());
            Map<String, List<TextEdit>> changes = fix.getEdit().getChanges();
            List<TextEdit> edits = changes.get(uri);
            assertEquals(1, edits.size());
            assertEquals(unknown.getRange(), edits.get(0).getRange());
            assertEquals("retries", edits.get(0).getNewText());
            String fixed = typo.replace("retrys:", "retries:");
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 4),
                    List.of(new TextDocumentContentChangeEvent(fixed))));
            PublishDiagnosticsParams clean = client.next(uri);
            while (clean.getVersion() == null || clean.getVersion() < 4) {
                clean = client.next(uri);
            }
            assertFalse(clean.getDiagnostics().stream().anyMatch(d -> "yaml.unknown-key".equals(d.getCode().getLeft())),
                    clean.getDiagnostics().toString());

            assertNotNull(server.getTextDocumentService().documentSymbol(new org.eclipse.lsp4j.DocumentSymbolParams(
                    new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS));
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
            assertEquals(0, serving.get(60, TimeUnit.SECONDS), "exit after shutdown is a clean exit");
        }
    }
}
