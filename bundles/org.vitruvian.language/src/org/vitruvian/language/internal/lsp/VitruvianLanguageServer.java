package org.vitruvian.language.internal.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.language.Completion;
import org.vitruvian.language.Fold;
import org.vitruvian.language.LanguageDocument;
import org.vitruvian.language.LanguageServices;
import org.vitruvian.language.QuickFix;
import org.vitruvian.language.Symbol;
import org.vitruvian.language.TextRange;
import org.vitruvian.language.internal.LineMap;

/**
 * The LSP side of the language services: open documents are {@link LanguageDocument}s (whole
 * text synchronised on every change), and each request is answered by {@link LanguageServices}
 * with offsets turned into LSP's lines and UTF-16 characters. Diagnostics are computed on one
 * background thread after each change, and only published for the latest version of a document.
 */
public final class VitruvianLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {

    private final LanguageServices services;
    private final Map<String, LanguageDocument> documents = new ConcurrentHashMap<>();
    /** What was last published per document, so that a code action finds the diagnostic it is about. */
    private final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();
    /** The client's version of each document's text, which published diagnostics name. */
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vitruvian-lsp-diagnostics");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Requests run here, not in the common fork-join pool: that pool has one thread on a
     * two-core machine, and whoever waits in it (a caller running the server there) would
     * starve every request.
     */
    private final ExecutorService requests = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "vitruvian-lsp-requests");
        thread.setDaemon(true);
        return thread;
    });
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private volatile LanguageClient client;
    private volatile boolean shutDown;

    public VitruvianLanguageServer(LanguageServices services) {
        this.services = services;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    /** Waits for {@code exit}, or for the connection to end. */
    public void awaitExit(Future<Void> listening) throws InterruptedException, ExecutionException {
        while (!exited.isDone()) {
            try {
                listening.get(200, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // Still connected: keep waiting for exit.
            } catch (java.util.concurrent.CancellationException e) {
                return;
            }
        }
    }

    public boolean wasShutDown() {
        return shutDown;
    }

    public void close() {
        checker.shutdownNow();
        requests.shutdownNow();
    }

    // --- lifecycle -----------------------------------------------------------------------------

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(":", " ", ".", "-", "{", ",")));
        capabilities.setHoverProvider(true);
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setFoldingRangeProvider(true);
        capabilities.setCodeActionProvider(true);
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("vitruvian", "0.1.0")));
    }

    @Override
    public void initialized(InitializedParams params) {
        // Nothing to register dynamically.
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(null);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // No settings yet.
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // Imported files are read again with the next change of a document.
    }

    // --- documents -----------------------------------------------------------------------------

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.put(uri, new LanguageDocument(toEmf(uri), params.getTextDocument().getText()));
        versions.put(uri, params.getTextDocument().getVersion());
        check(uri);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        LanguageDocument document = documents.get(uri);
        if (document == null || params.getContentChanges().isEmpty()) {
            return;
        }
        // Full synchronisation: the last change holds the whole text.
        synchronized (document) {
            document.setText(params.getContentChanges().get(params.getContentChanges().size() - 1).getText());
            versions.put(uri, params.getTextDocument().getVersion());
        }
        check(uri);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.remove(uri);
        published.remove(uri);
        LanguageClient current = client;
        if (current != null) {
            current.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        check(params.getTextDocument().getUri());
    }

    private void check(String uri) {
        checker.execute(() -> {
            LanguageDocument document = documents.get(uri);
            LanguageClient current = client;
            if (document == null || current == null) {
                return;
            }
            LanguageDocument.Snapshot snapshot;
            Integer version;
            synchronized (document) {
                snapshot = document.snapshot();
                version = versions.get(uri);
            }
            List<Diagnostic> found;
            try {
                found = services.diagnostics(document);
            } catch (RuntimeException e) {
                found = List.of(Diagnostic.error(document.displayName(), 0, 0, "lsp.internal", "Checking failed: " + e));
            }
            if (document.snapshot() != snapshot) {
                return; // a newer text is on its way; its check publishes
            }
            published.put(uri, found);
            List<org.eclipse.lsp4j.Diagnostic> lsp = new ArrayList<>();
            for (Diagnostic diagnostic : found) {
                lsp.add(toLsp(diagnostic, snapshot));
            }
            PublishDiagnosticsParams params = new PublishDiagnosticsParams(uri, lsp);
            params.setVersion(version);
            current.publishDiagnostics(params);
        });
    }

    // --- requests ------------------------------------------------------------------------------

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LanguageDocument document = documents.get(params.getTextDocument().getUri());
            if (document == null) {
                return Either.forLeft(List.of());
            }
            LanguageDocument.Snapshot snapshot = document.snapshot();
            int offset = offset(snapshot, params.getPosition());
            List<CompletionItem> items = new ArrayList<>();
            for (Completion completion : services.complete(document, offset)) {
                CompletionItem item = new CompletionItem(completion.label());
                item.setKind(switch (completion.kind()) {
                    case KEY -> CompletionItemKind.Property;
                    case ENUM -> CompletionItemKind.EnumMember;
                    case SERVICE -> CompletionItemKind.Module;
                    case SITE -> CompletionItemKind.Constant;
                    case PORT -> CompletionItemKind.Interface;
                    case PARAMETER -> CompletionItemKind.Variable;
                    case REFERENCE -> CompletionItemKind.Reference;
                    default -> CompletionItemKind.Value;
                });
                item.setDetail(completion.detail());
                if (completion.documentation() != null) {
                    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, completion.documentation()));
                }
                item.setTextEdit(Either.forLeft(toLsp(completion.edit(), snapshot)));
                item.setFilterText(completion.label());
                items.add(item);
            }
            return Either.forLeft(items);
        }, requests);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LanguageDocument document = documents.get(params.getTextDocument().getUri());
            if (document == null) {
                return null;
            }
            LanguageDocument.Snapshot snapshot = document.snapshot();
            Optional<org.vitruvian.language.Hover> hover = services.hover(document, offset(snapshot, params.getPosition()));
            return hover.map(h -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, h.markdown()), range(h.range(), snapshot)))
                    .orElse(null);
        }, requests);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LanguageDocument document = documents.get(params.getTextDocument().getUri());
            if (document == null) {
                return List.of();
            }
            LanguageDocument.Snapshot snapshot = document.snapshot();
            List<Either<SymbolInformation, DocumentSymbol>> symbols = new ArrayList<>();
            for (Symbol symbol : services.outline(document)) {
                symbols.add(Either.forRight(toLsp(symbol, snapshot)));
            }
            return symbols;
        }, requests);
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return CompletableFuture.supplyAsync(() -> {
            LanguageDocument document = documents.get(params.getTextDocument().getUri());
            if (document == null) {
                return List.of();
            }
            List<FoldingRange> ranges = new ArrayList<>();
            for (Fold fold : services.folding(document)) {
                ranges.add(new FoldingRange(fold.startLine() - 1, fold.endLine() - 1));
            }
            return ranges;
        }, requests);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            String uri = params.getTextDocument().getUri();
            LanguageDocument document = documents.get(uri);
            List<Either<Command, CodeAction>> actions = new ArrayList<>();
            if (document == null) {
                return actions;
            }
            LanguageDocument.Snapshot snapshot = document.snapshot();
            for (org.eclipse.lsp4j.Diagnostic asked : params.getContext().getDiagnostics()) {
                Diagnostic ours = find(uri, asked, snapshot);
                if (ours == null) {
                    continue;
                }
                for (QuickFix fix : services.quickFixes(document, ours)) {
                    CodeAction action = new CodeAction(fix.title());
                    action.setKind(CodeActionKind.QuickFix);
                    action.setDiagnostics(List.of(asked));
                    List<TextEdit> edits = fix.edits().stream().map(e -> toLsp(e, snapshot)).toList();
                    action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
                    actions.add(Either.forRight(action));
                }
            }
            return actions;
        }, requests);
    }

    /** The diagnostic we published that the client sends back (by code and start). */
    private Diagnostic find(String uri, org.eclipse.lsp4j.Diagnostic asked, LanguageDocument.Snapshot snapshot) {
        String code = asked.getCode() == null ? null : asked.getCode().isLeft() ? asked.getCode().getLeft()
                : String.valueOf(asked.getCode().getRight());
        for (Diagnostic diagnostic : published.getOrDefault(uri, List.of())) {
            if (diagnostic.code().equals(code) && toLsp(diagnostic, snapshot).getRange().getStart().equals(asked.getRange().getStart())) {
                return diagnostic;
            }
        }
        return null;
    }

    // --- conversions ---------------------------------------------------------------------------

    static URI toEmf(String uri) {
        URI emf = URI.createURI(uri);
        return emf.isFile() ? URI.createFileURI(emf.toFileString()) : emf;
    }

    private static int offset(LanguageDocument.Snapshot snapshot, Position position) {
        return snapshot.lines().offsetOfUtf16(position.getLine(), position.getCharacter());
    }

    private static Position position(LineMap lines, int offset) {
        return new Position(lines.line(offset) - 1, lines.utf16Column(offset));
    }

    private static Range range(TextRange range, LanguageDocument.Snapshot snapshot) {
        return new Range(position(snapshot.lines(), range.offset()), position(snapshot.lines(), range.end()));
    }

    private static TextEdit toLsp(org.vitruvian.language.TextEdit edit, LanguageDocument.Snapshot snapshot) {
        return new TextEdit(range(new TextRange(edit.offset(), edit.length()), snapshot), edit.replacement());
    }

    /** A diagnostic's range: from its position to the end of the word there (the key or value it is about). */
    static org.eclipse.lsp4j.Diagnostic toLsp(Diagnostic diagnostic, LanguageDocument.Snapshot snapshot) {
        LineMap lines = snapshot.lines();
        Range range;
        if (diagnostic.line() <= 0) {
            range = new Range(new Position(0, 0), new Position(0, 0));
        } else {
            int start = lines.offset(diagnostic.line(), Math.max(1, diagnostic.column()));
            int lineEnd = lines.lineEnd(diagnostic.line());
            String text = snapshot.text();
            int end = start;
            while (end < lineEnd && !Character.isWhitespace(text.charAt(end)) && ",:}]#".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end == start) {
                end = Math.min(lineEnd, start + 1);
            }
            range = new Range(position(lines, start), position(lines, end));
        }
        org.eclipse.lsp4j.Diagnostic lsp = new org.eclipse.lsp4j.Diagnostic(range, diagnostic.message());
        lsp.setSeverity(diagnostic.severity() == Severity.ERROR ? DiagnosticSeverity.Error
                : diagnostic.severity() == Severity.WARNING ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information);
        lsp.setCode(diagnostic.code());
        lsp.setSource("vitruvian");
        return lsp;
    }

    private static DocumentSymbol toLsp(Symbol symbol, LanguageDocument.Snapshot snapshot) {
        SymbolKind kind = switch (symbol.kind()) {
            case LIST -> SymbolKind.Array;
            case ITEM -> SymbolKind.Object;
            case VALUE -> SymbolKind.String;
            default -> SymbolKind.Property;
        };
        DocumentSymbol lsp = new DocumentSymbol(symbol.name(), kind, range(symbol.range(), snapshot), range(symbol.selection(), snapshot),
                symbol.detail());
        lsp.setChildren(symbol.children().stream().map(child -> toLsp(child, snapshot)).toList());
        return lsp;
    }
}
