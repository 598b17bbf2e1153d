package org.vitruvian.language;

import java.util.List;

import org.vitruvian.core.diagnostics.Diagnostic;

/** A fix for a diagnostic: a title for the menu and the edits that make it, on the text it was computed for. */
public record QuickFix(String title, Diagnostic diagnostic, List<TextEdit> edits) {
}
