package org.vitruvian.ui.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitruvian.language.DocumentEdits;
import org.vitruvian.language.ModelPath;
import org.vitruvian.language.TextEdit;

/**
 * Turns a diagram gesture into edits of the workflow's YAML text through the language services'
 * {@link DocumentEdits}, so only the lines concerned change: a new step or link is appended to its
 * list in its neighbours' style, a deleted one leaves with its lines, and comments, key order and
 * blank lines elsewhere stay as written. A host editor applies {@link #toTextEdits} to its
 * document as one compound change, so the gesture is one undo step. Both throw the language
 * services' {@code EditException}, whose message names what the text lacks, when the text no
 * longer holds what the diagram showed.
 */
public final class DiagramEdits {

    private DiagramEdits() {
    }

    /** The text after the gesture's edits, made one after the other. */
    public static String apply(String text, List<DiagramEdit> edits) {
        String current = text;
        for (DiagramEdit edit : edits) {
            DocumentEdits document = DocumentEdits.of(current);
            current = document.apply(textEdits(document, edit));
        }
        return current;
    }

    /**
     * The gesture as one replacement of {@code text}: the span from the first to the last changed
     * character, so an editor records it as a single change.
     */
    public static List<TextEdit> toTextEdits(String text, List<DiagramEdit> edits) {
        String after = apply(text, edits);
        int start = 0;
        int max = Math.min(text.length(), after.length());
        while (start < max && text.charAt(start) == after.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < max - start && text.charAt(text.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        if (start == text.length() && start == after.length()) {
            return List.of();
        }
        return List.of(new TextEdit(start, text.length() - end - start, after.substring(start, after.length() - end)));
    }

    private static List<TextEdit> textEdits(DocumentEdits document, DiagramEdit edit) {
        return switch (edit) {
            case DiagramEdit.AddStep add -> {
                Map<String, Object> service = new LinkedHashMap<>();
                service.put("id", add.serviceId());
                service.put("version", add.serviceVersion());
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("name", add.name());
                step.put("service", service);
                yield document.add("steps", step);
            }
            case DiagramEdit.AddLink link -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("from", link.from());
                item.put("to", link.to());
                yield document.add("links", item);
            }
            case DiagramEdit.DeleteStep step -> document.remove(ModelPath.ROOT.key("steps").item(step.name()));
            // An input takes data from one link at most (the validator's linked-twice), so its target names it.
            case DiagramEdit.DeleteLink link -> document.remove(ModelPath.ROOT.key("links").item("to", link.to()));
        };
    }
}
