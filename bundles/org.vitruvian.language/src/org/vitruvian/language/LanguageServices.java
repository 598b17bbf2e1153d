package org.vitruvian.language;

import java.util.List;
import java.util.Optional;

import org.vitruvian.core.diagnostics.Diagnostic;

/**
 * What an editor asks about a model document: its problems, what may be typed at the caret,
 * what a key means, its outline and folds, and fixes for problems that name one. Computed from
 * the metamodels, {@code ModelService}, the site catalog and the trust checker, so the IDE,
 * {@code vitruvian lsp} and the command line agree. An OSGi service; every method is safe to call
 * from any thread and takes offsets in UTF-16 units of the document's current text.
 */
public interface LanguageServices {

    /**
     * Every problem in the document as {@code vitruvian validate} reports it (the file read with
     * the files it imports and checked by every validator), plus, for steps pinned to a site,
     * whether trust allows them there ({@code trust.denied}) and whether the site exists.
     */
    List<Diagnostic> diagnostics(LanguageDocument document);

    /** What may be typed at {@code offset}: keys of the object there, or values for the key. */
    List<Completion> complete(LanguageDocument document, int offset);

    /** The documentation of the key (or value) at {@code offset}: what it means, its type and unit. */
    Optional<Hover> hover(LanguageDocument document, int offset);

    /** The document's structure: top-level keys, named items (steps, parameters, partitions) and their keys. */
    List<Symbol> outline(LanguageDocument document);

    /** Ranges of lines that can be folded: every mapping, list and list item that spans lines. */
    List<Fold> folding(LanguageDocument document);

    /**
     * The fixes a diagnostic names, as edits of the document's current text: the did-you-mean
     * word, the link a step's unlinked input needs, a site where trust allows a step.
     */
    List<QuickFix> quickFixes(LanguageDocument document, Diagnostic diagnostic);
}
