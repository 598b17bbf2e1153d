package org.vitruvian.language;

import java.util.List;

import org.vitruvian.language.internal.YamlEditor;

/**
 * Text-preserving edits of a Vitruvian model document (any kind: workflow, recipe, site,
 * trust policy, service). Each method returns the smallest {@link TextEdit}s that make one
 * change to the text it was created on; everything else in the file, comments, key order,
 * quoting, blank lines, stays as it was. Apply them with {@link TextEdit#apply} or to an
 * editor's document, from the last to the first (they never overlap).
 *
 * <p>Values are {@code String}, {@code Number}, {@code Boolean}, an EMF enum literal, an
 * {@code EObject} (written as the YAML writer would write it), or maps and lists of these
 * (the {@link org.vitruvian.model.yaml.ModelTree} form). A new key goes where the metamodel
 * orders it among the keys present; a new list item after the last one, in the style of its
 * neighbours ({@code - {from: a.x, to: b.y}} next to flow items, block lines otherwise).
 *
 * <p>An instance is for one text: after applying edits, make a new one on the new text (a
 * {@link LanguageDocument} does this for you). Methods throw {@link EditException} when the
 * path names nothing or the text does not parse.
 */
public final class DocumentEdits {

    private final YamlEditor editor;

    private DocumentEdits(YamlEditor editor) {
        this.editor = editor;
    }

    /** Edits for {@code text}; the model kind is read from its {@code kind:} key. */
    public static DocumentEdits of(String text) {
        return new DocumentEdits(new YamlEditor(text));
    }

    static DocumentEdits of(YamlEditor editor) {
        return new DocumentEdits(editor);
    }

    /** The text these edits apply to. */
    public String text() {
        return editor.tree().text();
    }

    /**
     * Sets the value at {@code path} ({@code steps[mesh].resources.cores}): a scalar is replaced
     * in place keeping its quotes; a missing key is added, with the mappings above it.
     */
    public List<TextEdit> set(ModelPath path, Object value) {
        return lineBreaks(editor.set(path, value));
    }

    public List<TextEdit> set(String path, Object value) {
        return set(ModelPath.parse(path), value);
    }

    /** Appends {@code item} to the list at {@code path} ({@code links}, {@code steps}), creating the list if needed. */
    public List<TextEdit> add(ModelPath path, Object item) {
        return lineBreaks(editor.add(path, item));
    }

    public List<TextEdit> add(String path, Object item) {
        return add(ModelPath.parse(path), item);
    }

    /** Removes the key or list item at {@code path} ({@code steps[mesh].retries}, {@code links[3]}). */
    public List<TextEdit> remove(ModelPath path) {
        return lineBreaks(editor.remove(path));
    }

    public List<TextEdit> remove(String path) {
        return remove(ModelPath.parse(path));
    }

    /** Renames the key at {@code path} itself ({@code steps[mesh].retrys} to {@code retries}), keeping its value. */
    public List<TextEdit> renameKey(ModelPath path, String newKey) {
        return lineBreaks(editor.renameKey(path, newKey));
    }

    /**
     * Renames the item at {@code path} (its {@code name}) and every reference to it in this
     * document: name references such as a parameter's {@code bind}, and the {@code step.port}
     * endpoints of links.
     */
    public List<TextEdit> rename(ModelPath path, String newName) {
        return lineBreaks(editor.rename(path, newName));
    }

    public List<TextEdit> rename(String path, String newName) {
        return rename(ModelPath.parse(path), newName);
    }

    /** New lines end as the file's lines do: a file written with CRLF stays CRLF. */
    private List<TextEdit> lineBreaks(List<TextEdit> edits) {
        String text = text();
        int lf = text.indexOf('\n');
        if (lf <= 0 || text.charAt(lf - 1) != '\r') {
            return edits;
        }
        return edits.stream().map(e -> new TextEdit(e.offset(), e.length(), e.replacement().replace("\r\n", "\n").replace("\n", "\r\n")))
                .toList();
    }

    /** The text after {@code edits}, a convenience for {@link TextEdit#apply}. */
    public String apply(List<TextEdit> edits) {
        return TextEdit.apply(text(), edits);
    }
}
