package org.vitruvian.ui.editors.internal.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.vitruvian.model.yaml.SourcePosition;
import org.vitruvian.model.yaml.YamlResource;

/**
 * The model object written at a place of the text: the innermost object whose YAML starts at or
 * before it and still reaches it. The reader keeps where each object starts (its first key); an
 * object reaches down to the line before the next line indented less than that key, which is
 * how block YAML nests.
 */
final class ObjectAt {

    private ObjectAt() {
    }

    static EObject find(ParsedModel model, int offset) {
        if (model == null || model.root() == null || !(model.resource() instanceof YamlResource yaml)) {
            return null;
        }
        String text = model.text();
        if (offset < 0 || offset > text.length()) {
            return null;
        }
        int[] starts = lineStarts(text);
        int line = lineOf(starts, offset);
        List<EObject> candidates = new ArrayList<>();
        List<SourcePosition> positions = new ArrayList<>();
        EObject root = model.root();
        add(yaml, root, line, candidates, positions);
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
            add(yaml, all.next(), line, candidates, positions);
        }
        // The latest start that still reaches the place is the innermost object there.
        EObject best = null;
        SourcePosition bestAt = null;
        for (int i = 0; i < candidates.size(); i++) {
            SourcePosition at = positions.get(i);
            if ((bestAt == null || after(at, bestAt)) && reaches(text, starts, at, line)) {
                best = candidates.get(i);
                bestAt = at;
            }
        }
        return best;
    }

    private static void add(YamlResource yaml, EObject object, int line, List<EObject> candidates,
            List<SourcePosition> positions) {
        SourcePosition at = yaml.positionOf(object);
        // An object starting on the caret's line counts wherever the caret is on it (on the "- " before its first key, say).
        if (at.line() > 0 && at.line() <= line) {
            candidates.add(object);
            positions.add(at);
        }
    }

    private static boolean after(SourcePosition a, SourcePosition b) {
        return a.line() > b.line() || a.line() == b.line() && a.column() > b.column();
    }

    /** Whether every line after the object's first, down to {@code line}, is indented at least as far as its key (or blank, or a comment). */
    private static boolean reaches(String text, int[] starts, SourcePosition at, int line) {
        int indent = Math.max(1, at.column()) - 1;
        for (int l = at.line() + 1; l <= line; l++) {
            int start = starts[l - 1];
            int end = l < starts.length ? starts[l] - 1 : text.length();
            int i = start;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            if (i == end || text.charAt(i) == '#' || text.charAt(i) == '\r') {
                continue;
            }
            if (i - start < indent) {
                return false;
            }
        }
        return true;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int offset) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }
}
