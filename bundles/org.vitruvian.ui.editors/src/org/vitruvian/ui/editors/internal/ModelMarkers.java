package org.vitruvian.ui.editors.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.ui.editors.VitruvianEditors;

/**
 * Diagnostics as problem markers: on the file the diagnostic names, at its line, with a
 * character range that starts at its column and covers the YAML token there, so the editor
 * underlines the key or value and the Problems view's Go To lands on it.
 */
public final class ModelMarkers {

    private ModelMarkers() {
    }

    /** Replaces the project's Vitruvian markers with the report's diagnostics. */
    public static void replace(IProject project, DiagnosticReport report) throws CoreException {
        project.deleteMarkers(VitruvianEditors.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
        Map<IFile, LineIndex> texts = new HashMap<>();
        for (Diagnostic diagnostic : report.diagnostics()) {
            IFile file = fileOf(project, diagnostic.file());
            IResource target = file != null ? file : project;
            Map<String, Object> attributes = new HashMap<>();
            attributes.put(IMarker.SEVERITY, switch (diagnostic.severity()) {
                case ERROR -> IMarker.SEVERITY_ERROR;
                case WARNING -> IMarker.SEVERITY_WARNING;
                case INFO -> IMarker.SEVERITY_INFO;
            });
            attributes.put(IMarker.MESSAGE, diagnostic.message() + " [" + diagnostic.code() + "]");
            attributes.put(VitruvianEditors.CODE_ATTRIBUTE, diagnostic.code());
            if (file == null) {
                // A file outside the project (or none): say which, since the marker sits on the project.
                attributes.put(IMarker.LOCATION, diagnostic.file() + (diagnostic.line() > 0 ? ":" + diagnostic.line() : ""));
            } else if (diagnostic.line() > 0) {
                attributes.put(IMarker.LINE_NUMBER, diagnostic.line());
                attributes.put(IMarker.LOCATION, "line " + diagnostic.line());
                LineIndex text = texts.computeIfAbsent(file, ModelMarkers::index);
                int[] range = text.range(diagnostic.line(), diagnostic.column());
                if (range != null) {
                    attributes.put(IMarker.CHAR_START, range[0]);
                    attributes.put(IMarker.CHAR_END, range[1]);
                }
            }
            target.createMarker(VitruvianEditors.PROBLEM_MARKER, attributes);
        }
    }

    /** The workspace file a diagnostic names (relative names are relative to the working folder, as ModelService writes them). */
    static IFile fileOf(IProject project, String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (RuntimeException e) {
            return null;
        }
        if (!path.isAbsolute()) {
            path = Path.of("").toAbsolutePath().resolve(path);
        }
        URI uri = path.normalize().toUri();
        IFile best = null;
        for (IFile candidate : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri)) {
            if (candidate.getProject().equals(project)) {
                return candidate;
            }
            best = best == null ? candidate : best;
        }
        return best != null && best.getProject().equals(project) ? best : null;
    }

    private static LineIndex index(IFile file) {
        try (InputStream in = file.getContents(true)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return new LineIndex(bytes.toString(StandardCharsets.UTF_8));
        } catch (CoreException | IOException e) {
            return new LineIndex("");
        }
    }

    /** Line starts of a text, to turn 1-based line and column into character offsets. */
    public static final class LineIndex {

        private final String text;
        private final int[] starts;

        public LineIndex(String text) {
            this.text = text;
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        /**
         * The character range of the token at a 1-based line and column (the whole line's text
         * without its indentation when the column is unknown), or null past the end.
         */
        public int[] range(int line, int column) {
            if (line < 1 || line > starts.length) {
                return null;
            }
            int lineStart = starts[line - 1];
            int lineEnd = line < starts.length ? starts[line] - 1 : text.length();
            if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
            int start;
            if (column > 0) {
                start = Math.min(lineStart + column - 1, lineEnd);
            } else {
                start = lineStart;
                while (start < lineEnd && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            int end = start;
            if (column > 0) {
                while (end < lineEnd && !isTokenEnd(text.charAt(end))) {
                    end++;
                }
            }
            if (end == start) {
                end = lineEnd;
            }
            if (end == start && start > lineStart) {
                start--;
            }
            return new int[] { start, end };
        }

        private static boolean isTokenEnd(char c) {
            return Character.isWhitespace(c) || c == ':' || c == ',' || c == '}' || c == ']' || c == '#';
        }
    }
}
