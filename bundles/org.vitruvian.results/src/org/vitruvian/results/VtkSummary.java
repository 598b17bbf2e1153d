package org.vitruvian.results;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a legacy VTK file (ASCII or BINARY, as the services write them) holds, without the
 * geometry: its dataset type, the number of points and cells, and each data array with its
 * values' range. Reading streams through the file once, so a large mesh costs no more memory
 * than a small one.
 */
public record VtkSummary(Path file, String title, boolean binary, String dataset, long points, long cells,
        List<Field> fields) {

    /** Where an array's values belong. */
    public enum Association {
        /** Values of the whole dataset (FIELD FieldData at the top). */
        DATASET, POINT, CELL
    }

    /**
     * A data array.
     *
     * @param count values per component (tuples)
     * @param min   the smallest finite value over all components, NaN when there is none
     */
    public record Field(Association association, String name, int components, long count, String type, double min,
            double max) {
    }

    public static VtkSummary read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new Reader(file, new DataInputStream(in)).read();
        } catch (EOFException e) {
            throw new ResultFileException(file, 0, 0, "ends before the data its headers announce; the file is cut short");
        } catch (IOException e) {
            throw new ResultFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static final class Reader {
        private final Path file;
        private final DataInputStream in;
        private int line;
        private boolean binary;
        private Association association = Association.DATASET;
        private long points;
        private long cells;
        private final List<Field> fields = new ArrayList<>();

        Reader(Path file, DataInputStream in) {
            this.file = file;
            this.in = in;
        }

        VtkSummary read() throws IOException {
            String magic = readLine();
            if (magic == null || !magic.startsWith("# vtk DataFile")) {
                throw error("does not start with '# vtk DataFile Version'; it is not a legacy VTK file");
            }
            String title = readLine();
            String format = nonEmptyLine();
            if (format == null || !(format.strip().equalsIgnoreCase("ASCII") || format.strip().equalsIgnoreCase("BINARY"))) {
                throw error("third line is '" + format + "', not ASCII or BINARY");
            }
            binary = format.strip().equalsIgnoreCase("BINARY");
            String dataset = null;
            String text;
            while ((text = nonEmptyLine()) != null) {
                String[] w = text.strip().split("\\s+");
                switch (w[0].toUpperCase(Locale.ROOT)) {
                    case "DATASET" -> dataset = word(w, 1);
                    case "DIMENSIONS" -> {
                        long nx = count(w, 1), ny = count(w, 2), nz = count(w, 3);
                        points = nx * ny * nz;
                        cells = Math.max(1, nx - 1) * Math.max(1, ny - 1) * Math.max(1, nz - 1);
                    }
                    case "ORIGIN", "SPACING", "ASPECT_RATIO" -> {
                        // Geometry: not part of the summary.
                    }
                    case "POINTS" -> {
                        points = count(w, 1);
                        skip(3 * points, word(w, 2));
                    }
                    case "X_COORDINATES", "Y_COORDINATES", "Z_COORDINATES" -> skip(count(w, 1), word(w, 2));
                    case "CELLS", "POLYGONS", "LINES", "VERTICES", "TRIANGLE_STRIPS" -> {
                        if (w.length == 3) {
                            cells += count(w, 1);
                            skip(count(w, 2), "int");
                        } else {
                            throw error("has '" + text.strip() + "': the VTK 5.1 OFFSETS/CONNECTIVITY layout is not "
                                    + "summarised; save the file as legacy VTK 4.2 or 3.0");
                        }
                    }
                    case "CELL_TYPES" -> skip(count(w, 1), "int");
                    case "CELL_DATA" -> association = Association.CELL;
                    case "POINT_DATA" -> association = Association.POINT;
                    case "SCALARS" -> {
                        int components = w.length > 3 ? (int) count(w, 3) : 1;
                        String table = nonEmptyLine();
                        if (table == null || !table.strip().toUpperCase(Locale.ROOT).startsWith("LOOKUP_TABLE")) {
                            throw error("SCALARS " + word(w, 1) + " is not followed by LOOKUP_TABLE");
                        }
                        array(word(w, 1), components, tuples(), word(w, 2));
                    }
                    case "VECTORS", "NORMALS" -> array(word(w, 1), 3, tuples(), word(w, 2));
                    case "TENSORS" -> array(word(w, 1), 9, tuples(), word(w, 2));
                    case "TEXTURE_COORDINATES" -> array(word(w, 1), (int) count(w, 2), tuples(), word(w, 3));
                    case "COLOR_SCALARS" -> array(word(w, 1), (int) count(w, 2), tuples(), binary ? "unsigned_char" : "float");
                    case "LOOKUP_TABLE" -> skip(4 * count(w, 2), binary ? "unsigned_char" : "float");
                    case "FIELD" -> {
                        long arrays = count(w, 2);
                        for (long a = 0; a < arrays; a++) {
                            String header = nonEmptyLine();
                            if (header == null) {
                                throw error("ends inside FIELD " + word(w, 1) + ", which announced " + arrays + " arrays");
                            }
                            String[] h = header.strip().split("\\s+");
                            array(word(h, 0), (int) count(h, 1), count(h, 2), word(h, 3));
                        }
                    }
                    case "METADATA" -> {
                        String skipped;
                        while ((skipped = readLine()) != null && !skipped.isBlank()) {
                            // Information keys end with an empty line.
                        }
                    }
                    default -> throw error("has '" + w[0] + "' where a section keyword (DATASET, POINTS, CELLS, "
                            + "CELL_DATA, POINT_DATA, SCALARS, VECTORS, FIELD, ...) belongs");
                }
            }
            if (dataset == null) {
                throw error("has no DATASET line");
            }
            return new VtkSummary(file, title == null ? "" : title.strip(), binary, dataset, points, cells, List.copyOf(fields));
        }

        private long tuples() {
            return association == Association.CELL ? cells : association == Association.POINT ? points : 1;
        }

        private void array(String name, int components, long tuples, String type) throws IOException {
            long n = components * tuples;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (long i = 0; i < n; i++) {
                double v = value(type);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            boolean none = min > max;
            fields.add(new Field(association, name, components, tuples, type.toLowerCase(Locale.ROOT), none ? Double.NaN : min,
                    none ? Double.NaN : max));
        }

        private void skip(long n, String type) throws IOException {
            if (binary) {
                long bytes = n * size(type);
                while (bytes > 0) {
                    long skipped = in.skip(bytes);
                    if (skipped <= 0) {
                        in.readByte();
                        skipped = 1;
                    }
                    bytes -= skipped;
                }
            } else {
                for (long i = 0; i < n; i++) {
                    token();
                }
            }
        }

        private double value(String type) throws IOException {
            if (!binary) {
                String token = token();
                try {
                    return Double.parseDouble(token);
                } catch (NumberFormatException e) {
                    throw error("has '" + token + "' where a number belongs");
                }
            }
            return switch (type.toLowerCase(Locale.ROOT)) {
                case "unsigned_char", "bit" -> in.readUnsignedByte();
                case "char" -> in.readByte();
                case "short" -> in.readShort();
                case "unsigned_short" -> in.readUnsignedShort();
                case "int", "vtkidtype" -> in.readInt();
                case "unsigned_int" -> Integer.toUnsignedLong(in.readInt());
                case "long", "unsigned_long", "vtktypeint64" -> in.readLong();
                case "float" -> in.readFloat();
                case "double" -> in.readDouble();
                default -> throw error("has data type '" + type + "', which legacy VTK does not define");
            };
        }

        private int size(String type) throws IOException {
            return switch (type.toLowerCase(Locale.ROOT)) {
                case "unsigned_char", "char", "bit" -> 1;
                case "short", "unsigned_short" -> 2;
                case "int", "unsigned_int", "float", "vtkidtype" -> 4;
                case "long", "unsigned_long", "double", "vtktypeint64" -> 8;
                default -> throw error("has data type '" + type + "', which legacy VTK does not define");
            };
        }

        /** The next whitespace-separated ASCII token, across lines. */
        private String token() throws IOException {
            StringBuilder s = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    line++;
                }
                if (Character.isWhitespace(c)) {
                    if (s.length() > 0) {
                        return s.toString();
                    }
                } else {
                    s.append((char) c);
                }
            }
            if (s.length() == 0) {
                throw new EOFException();
            }
            return s.toString();
        }

        private String readLine() throws IOException {
            StringBuilder s = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    s.append((char) c);
                }
            }
            if (c == -1 && s.length() == 0) {
                return null;
            }
            line++;
            return s.toString();
        }

        private String nonEmptyLine() throws IOException {
            String text;
            while ((text = readLine()) != null && text.isBlank()) {
                // Data sections end with a line break of their own.
            }
            return text;
        }

        private String word(String[] w, int index) {
            if (index >= w.length) {
                throw error("line '" + String.join(" ", w) + "' lacks a word after " + w[index - 1]);
            }
            return w[index];
        }

        private long count(String[] w, int index) {
            String text = word(w, index);
            try {
                long n = Long.parseLong(text);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw error("line '" + String.join(" ", w) + "' has '" + text + "' where a count belongs");
            }
        }

        private ResultFileException error(String what) {
            return new ResultFileException(file, line, 0, what);
        }
    }
}
