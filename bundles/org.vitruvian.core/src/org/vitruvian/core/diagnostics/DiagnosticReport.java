package org.vitruvian.core.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitruvian.core.json.Json;

/** The findings of one command over one or more files, printed as text or as JSON. */
public final class DiagnosticReport {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public DiagnosticReport add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
        return this;
    }

    public DiagnosticReport addAll(Collection<Diagnostic> more) {
        diagnostics.addAll(more);
        return this;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics.stream().sorted(Diagnostic.READING_ORDER).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean isEmpty() {
        return diagnostics.isEmpty();
    }

    /** One diagnostic per line, in reading order. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics()) {
            text.append(diagnostic.format()).append('\n');
        }
        return text.toString();
    }

    /** The same content as {@link #toText()}, as a JSON-ready map (see docs/cli.md). */
    public Map<String, Object> toJsonValue() {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        for (Diagnostic d : diagnostics()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", d.file());
            item.put("line", d.line());
            item.put("column", d.column());
            item.put("severity", d.severity().label());
            item.put("code", d.code());
            item.put("message", d.message());
            items.add(item);
        }
        root.put("diagnostics", items);
        root.put("errors", count(Severity.ERROR));
        root.put("warnings", count(Severity.WARNING));
        return root;
    }

    public String toJson() {
        return Json.stringify(toJsonValue());
    }
}
