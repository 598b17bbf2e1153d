package org.vitruvian.services.bonestrength.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.support.AtomicFiles;

/**
 * Unstructured grids of hexahedra in the legacy VTK format (version 3.0), which ParaView, VisIt
 * and every VTK-based tool open. Writes binary files (big endian, as the format requires);
 * reads binary and ASCII ones with hexahedron (12) or voxel (11) cells, scalar and vector
 * arrays, and dataset-level field data, which carries the numbers a file needs besides its
 * arrays (element size, body mass, applied forces).
 */
public final class LegacyVtk {

    public static final int VTK_VOXEL = 11;
    public static final int VTK_HEXAHEDRON = 12;

    /** An array of {@code components} values per cell or point. */
    public record DataArray(int components, float[] values) {
    }

    /**
     * @param points three coordinates per point, mm
     * @param cells eight point indices per cell, in VTK_HEXAHEDRON order
     * @param fieldData named numbers about the whole dataset
     */
    public record Grid(String title, float[] points, int[] cells, Map<String, double[]> fieldData,
            Map<String, DataArray> cellData, Map<String, DataArray> pointData) {

        public int pointCount() {
            return points.length / 3;
        }

        public int cellCount() {
            return cells.length / 8;
        }
    }

    private LegacyVtk() {
    }

    public static void write(Grid grid, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(grid, out));
    }

    public static void write(Grid grid, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        String title = grid.title().replace('\n', ' ');
        ascii(out, "# vtk DataFile Version 3.0\n" + (title.length() > 250 ? title.substring(0, 250) : title)
                + "\nBINARY\nDATASET UNSTRUCTURED_GRID\n");
        if (!grid.fieldData().isEmpty()) {
            ascii(out, "FIELD FieldData " + grid.fieldData().size() + "\n");
            for (Map.Entry<String, double[]> entry : grid.fieldData().entrySet()) {
                ascii(out, name(entry.getKey()) + " " + entry.getValue().length + " 1 double\n");
                for (double value : entry.getValue()) {
                    out.writeDouble(value);
                }
                ascii(out, "\n");
            }
        }
        ascii(out, "POINTS " + grid.pointCount() + " float\n");
        for (float value : grid.points()) {
            out.writeFloat(value);
        }
        int cells = grid.cellCount();
        ascii(out, "\nCELLS " + cells + " " + 9L * cells + "\n");
        for (int c = 0; c < cells; c++) {
            out.writeInt(8);
            for (int k = 0; k < 8; k++) {
                out.writeInt(grid.cells()[8 * c + k]);
            }
        }
        ascii(out, "\nCELL_TYPES " + cells + "\n");
        for (int c = 0; c < cells; c++) {
            out.writeInt(VTK_HEXAHEDRON);
        }
        ascii(out, "\n");
        writeArrays(out, "CELL_DATA", cells, grid.cellData());
        writeArrays(out, "POINT_DATA", grid.pointCount(), grid.pointData());
        out.flush();
    }

    private static void writeArrays(DataOutputStream out, String section, int count, Map<String, DataArray> arrays)
            throws IOException {
        if (arrays.isEmpty()) {
            return;
        }
        ascii(out, section + " " + count + "\n");
        for (Map.Entry<String, DataArray> entry : arrays.entrySet()) {
            DataArray array = entry.getValue();
            if (array.values().length != (long) count * array.components()) {
                throw new IllegalArgumentException(entry.getKey() + " has " + array.values().length + " values for "
                        + count + " items");
            }
            if (array.components() == 1) {
                ascii(out, "SCALARS " + name(entry.getKey()) + " float 1\nLOOKUP_TABLE default\n");
            } else if (array.components() == 3) {
                ascii(out, "VECTORS " + name(entry.getKey()) + " float\n");
            } else {
                ascii(out, "FIELD FieldData 1\n" + name(entry.getKey()) + " " + array.components() + " " + count
                        + " float\n");
            }
            for (float value : array.values()) {
                out.writeFloat(value);
            }
            ascii(out, "\n");
        }
    }

    private static String name(String name) {
        if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("VTK array names have no spaces: '" + name + "'");
        }
        return name;
    }

    private static void ascii(DataOutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    // ---------------------------------------------------------------- reading

    public static Grid read(Path file) throws InvalidInputException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new Reader(file, in).read();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file; give the path of an existing .vtk mesh");
        }
    }

    private static final class Reader {
        private final Path file;
        private final InputStream in;
        private boolean binary;

        Reader(Path file, InputStream in) {
            this.file = file;
            this.in = in;
        }

        Grid read() throws InvalidInputException, IOException {
            String version = line();
            if (version == null || !version.startsWith("# vtk DataFile Version")) {
                throw invalid("not a legacy VTK file (it does not start with '# vtk DataFile Version'); give the mesh "
                        + "the mesh step wrote, or save yours from ParaView as legacy VTK");
            }
            String title = line();
            String format = keywordLine();
            if (format == null) {
                throw invalid("ends after its title");
            }
            binary = format.trim().equalsIgnoreCase("BINARY");
            if (!binary && !format.trim().equalsIgnoreCase("ASCII")) {
                throw invalid("third line is '" + format + "', not ASCII or BINARY");
            }
            String dataset = keywordLine();
            if (dataset == null || !dataset.trim().equalsIgnoreCase("DATASET UNSTRUCTURED_GRID")) {
                throw invalid("is not an unstructured grid (DATASET UNSTRUCTURED_GRID); meshes of hexahedra are");
            }
            Map<String, double[]> fieldData = new LinkedHashMap<>();
            Map<String, DataArray> cellData = new LinkedHashMap<>();
            Map<String, DataArray> pointData = new LinkedHashMap<>();
            float[] points = null;
            int[] cells = null;
            int[] cellTypes = null;
            Map<String, DataArray> section = null;
            int sectionCount = 0;
            String line;
            while ((line = keywordLine()) != null) {
                String[] words = line.trim().split("\\s+");
                String keyword = words[0].toUpperCase(Locale.ROOT);
                switch (keyword) {
                    case "FIELD" -> {
                        int arrays = integer(words, 2);
                        for (int a = 0; a < arrays; a++) {
                            String[] header = keywordLine().trim().split("\\s+");
                            int components = integer(header, 1);
                            int tuples = integer(header, 2);
                            double[] values = numbers(header.length > 3 ? header[3] : "float", (long) components * tuples);
                            if (section == null) {
                                fieldData.put(header[0], values);
                            } else {
                                section.put(header[0], new DataArray(components, toFloats(values)));
                            }
                        }
                    }
                    case "POINTS" -> points = toFloats(numbers(words.length > 2 ? words[2] : "float", 3L * integer(words, 1)));
                    case "CELLS" -> cells = integers(integer(words, 2));
                    case "CELL_TYPES" -> cellTypes = integers(integer(words, 1));
                    case "CELL_DATA" -> {
                        section = cellData;
                        sectionCount = integer(words, 1);
                    }
                    case "POINT_DATA" -> {
                        section = pointData;
                        sectionCount = integer(words, 1);
                    }
                    case "SCALARS" -> {
                        requireSection(section, keyword);
                        int components = words.length > 3 ? integer(words, 3) : 1;
                        String next = keywordLine();
                        double[] values;
                        if (next != null && next.trim().toUpperCase(Locale.ROOT).startsWith("LOOKUP_TABLE")) {
                            values = numbers(words.length > 2 ? words[2] : "float", (long) components * sectionCount);
                        } else {
                            throw invalid("SCALARS " + words[1] + " is not followed by LOOKUP_TABLE");
                        }
                        section.put(words[1], new DataArray(components, toFloats(values)));
                    }
                    case "VECTORS", "NORMALS" -> {
                        requireSection(section, keyword);
                        section.put(words[1], new DataArray(3, toFloats(numbers(words.length > 2 ? words[2] : "float",
                                3L * sectionCount))));
                    }
                    case "METADATA" -> skipMetadata();
                    default -> throw invalid("has '" + words[0] + "' where a section keyword belongs; only POINTS, CELLS, "
                            + "CELL_TYPES, CELL_DATA, POINT_DATA, FIELD, SCALARS and VECTORS are read");
                }
            }
            if (points == null || cells == null || cellTypes == null) {
                throw invalid("lacks POINTS, CELLS or CELL_TYPES");
            }
            return new Grid(title == null ? "" : title, points, hexahedra(cells, cellTypes, points.length / 3), fieldData,
                    cellData, pointData);
        }

        private int[] hexahedra(int[] cells, int[] types, int pointCount) throws InvalidInputException {
            int[] result = new int[8 * types.length];
            int at = 0;
            for (int c = 0; c < types.length; c++) {
                if (at >= cells.length || cells[at] != 8 || (types[c] != VTK_HEXAHEDRON && types[c] != VTK_VOXEL)) {
                    throw invalid("cell " + c + " is not a hexahedron (VTK type " + types[c] + "); only meshes of "
                            + "8-node hexahedra or voxels can be used");
                }
                for (int k = 0; k < 8; k++) {
                    int point = cells[at + 1 + k];
                    if (point < 0 || point >= pointCount) {
                        throw invalid("cell " + c + " names point " + point + ", which does not exist");
                    }
                    int position = types[c] == VTK_VOXEL ? VOXEL_TO_HEXAHEDRON[k] : k;
                    result[8 * c + position] = point;
                }
                at += 9;
            }
            return result;
        }

        private void requireSection(Map<String, DataArray> section, String keyword) throws InvalidInputException {
            if (section == null) {
                throw invalid("has " + keyword + " before CELL_DATA or POINT_DATA");
            }
        }

        private void skipMetadata() throws IOException {
            String line;
            while ((line = line()) != null && !line.isBlank()) {
                // METADATA blocks end with an empty line
            }
        }

        private int integer(String[] words, int index) throws InvalidInputException {
            if (words.length <= index) {
                throw invalid("line '" + String.join(" ", words) + "' lacks a number");
            }
            try {
                int value = Integer.parseInt(words[index]);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw invalid("line '" + String.join(" ", words) + "' has '" + words[index] + "' where a count belongs");
            }
        }

        private int[] integers(int count) throws InvalidInputException, IOException {
            int[] values = new int[count];
            if (binary) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes(4L * count)).order(ByteOrder.BIG_ENDIAN);
                for (int i = 0; i < count; i++) {
                    values[i] = buffer.getInt();
                }
            } else {
                for (int i = 0; i < count; i++) {
                    values[i] = (int) Double.parseDouble(token());
                }
            }
            return values;
        }

        private double[] numbers(String type, long count) throws InvalidInputException, IOException {
            if (count > Integer.MAX_VALUE - 8) {
                throw invalid("an array of " + count + " values is too large");
            }
            double[] values = new double[(int) count];
            if (!binary) {
                for (int i = 0; i < count; i++) {
                    try {
                        values[i] = Double.parseDouble(token());
                    } catch (NumberFormatException e) {
                        throw invalid("a value does not read as a number");
                    }
                }
                return values;
            }
            int size = switch (type.toLowerCase(Locale.ROOT)) {
                case "unsigned_char", "char", "bit" -> 1;
                case "short", "unsigned_short" -> 2;
                case "int", "unsigned_int", "float" -> 4;
                case "long", "unsigned_long", "double", "vtktypeint64", "vtktypeuint64" -> 8;
                default -> throw invalid("data type '" + type + "' is not supported");
            };
            ByteBuffer buffer = ByteBuffer.wrap(bytes(size * count)).order(ByteOrder.BIG_ENDIAN);
            for (int i = 0; i < count; i++) {
                values[i] = switch (type.toLowerCase(Locale.ROOT)) {
                    case "unsigned_char", "bit" -> buffer.get() & 0xff;
                    case "char" -> buffer.get();
                    case "short" -> buffer.getShort();
                    case "unsigned_short" -> buffer.getShort() & 0xffff;
                    case "int" -> buffer.getInt();
                    case "unsigned_int" -> buffer.getInt() & 0xffffffffL;
                    case "float" -> buffer.getFloat();
                    case "double" -> buffer.getDouble();
                    default -> buffer.getLong();
                };
            }
            return values;
        }

        private byte[] bytes(long count) throws InvalidInputException, IOException {
            if (count > Integer.MAX_VALUE - 8) {
                throw invalid("a block of " + count + " bytes is too large");
            }
            byte[] data = in.readNBytes((int) count);
            if (data.length < count) {
                throw invalid("ends in the middle of a binary block; the file is truncated");
            }
            return data;
        }

        private String token() throws InvalidInputException, IOException {
            StringBuilder token = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && Character.isWhitespace(b)) {
                // skip separators
            }
            if (b < 0) {
                throw invalid("ends before all values were read; the file is truncated");
            }
            do {
                token.append((char) b);
            } while ((b = in.read()) >= 0 && !Character.isWhitespace(b));
            return token.toString();
        }

        /** The next line that is not empty: binary blocks end with a newline of their own. */
        private String keywordLine() throws IOException {
            String line;
            do {
                line = line();
            } while (line != null && line.isBlank());
            return line;
        }

        private String line() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (bytes.size() > 1 << 16) {
                    throw new EOFException("line longer than 64 KiB");
                }
                bytes.write(b);
            }
            if (b < 0 && bytes.size() == 0) {
                return null;
            }
            String text = bytes.toString(StandardCharsets.ISO_8859_1);
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }

        private InvalidInputException invalid(String what) {
            return new InvalidInputException(file + ": " + what);
        }
    }

    /** VTK_VOXEL corner {@code k} is VTK_HEXAHEDRON corner {@code VOXEL_TO_HEXAHEDRON[k]}. */
    private static final int[] VOXEL_TO_HEXAHEDRON = { 0, 1, 3, 2, 4, 5, 7, 6 };

    private static float[] toFloats(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }
}
