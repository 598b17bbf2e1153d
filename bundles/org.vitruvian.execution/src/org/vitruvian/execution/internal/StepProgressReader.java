package org.vitruvian.execution.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.vitruvian.execution.StepProgress;

/** The last {@code VITRUVIAN-PROGRESS <fraction> <message>} line a service printed. */
final class StepProgressReader {

    static final String PREFIX = "VITRUVIAN-PROGRESS ";

    /** Only the end of a log is read: services may print a lot, the last progress line is near the end. */
    private static final int TAIL_BYTES = 64 * 1024;

    private StepProgressReader() {
    }

    static Optional<StepProgress> last(Path log) {
        if (log == null || !Files.isRegularFile(log)) {
            return Optional.empty();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            String[] lines = new String(tail, StandardCharsets.UTF_8).split("\n");
            for (int i = lines.length - 1; i >= 0; i--) {
                StepProgress parsed = parse(lines[i]);
                if (parsed != null) {
                    return Optional.of(parsed);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static StepProgress parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return null;
        }
        String rest = line.substring(PREFIX.length()).strip();
        int space = rest.indexOf(' ');
        try {
            double fraction = Double.parseDouble(space < 0 ? rest : rest.substring(0, space));
            return new StepProgress(fraction, space < 0 ? "" : rest.substring(space + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
