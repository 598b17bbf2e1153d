package org.vitruvian.services.bonestrength.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.zip.GZIPInputStream;

import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.image.Volume;
import org.vitruvian.services.support.AtomicFiles;

/**
 * NRRD volumes (teem.sourceforge.net/nrrd/format.html), the format 3D Slicer and ITK exchange.
 * Writes one file with the header and raw little-endian samples. Reads that, detached headers
 * ({@code .nhdr} naming a raw data file, which is how a bare {@code .raw} volume is described),
 * raw or gzip encoding in either byte order, and every integer and float sample type.
 *
 * <p>Volumes must be axis-aligned: each axis direction along one scanner axis. Directions that
 * point the other way (an RAS space, or a flipped axis) are turned into the LPS, increasing
 * order that {@link Volume} uses.
 */
public final class Nrrd {

    /** How samples are stored in a written file. */
    public enum SampleType {
        /** Labels and masks, 0 to 255. */
        UNSIGNED_CHAR("unsigned char", 1),
        /** CT numbers in Hounsfield units, rounded. */
        SHORT("short", 2),
        /** Densities and anything else continuous. */
        FLOAT("float", 4);

        private final String nrrdName;
        private final int bytes;

        SampleType(String nrrdName, int bytes) {
            this.nrrdName = nrrdName;
            this.bytes = bytes;
        }
    }

    private enum Stored {
        INT8(1), UINT8(1), INT16(2), UINT16(2), INT32(4), UINT32(4), FLOAT(4), DOUBLE(8);

        final int bytes;

        Stored(int bytes) {
            this.bytes = bytes;
        }
    }

    private Nrrd() {
    }

    /**
     * Writes {@code file} as one .nrrd, or, when it is named .nhdr, as a detached header and a raw
     * data file beside it with the same base name and .raw, the pair 3D Slicer and ITK expect. The
     * data is written before the header that names it, so a header never points at missing data.
     */
    public static void write(Volume volume, SampleType type, Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".nhdr")) {
            String dataName = name.substring(0, name.length() - ".nhdr".length()) + ".raw";
            AtomicFiles.write(file.resolveSibling(dataName), out -> writeSamples(volume, type, out));
            AtomicFiles.write(file, out -> out.write(header(volume, type, dataName)));
        } else {
            AtomicFiles.write(file, out -> write(volume, type, out));
        }
    }

    /** Writes a .nrrd with its data attached. */
    public static void write(Volume volume, SampleType type, OutputStream out) throws IOException {
        out.write(header(volume, type, null));
        writeSamples(volume, type, out);
    }

    private static byte[] header(Volume volume, SampleType type, String dataFile) {
        StringBuilder header = new StringBuilder();
        header.append("NRRD0004\n");
        header.append("# Complete NRRD file format specification at:\n");
        header.append("# http://teem.sourceforge.net/nrrd/format.html\n");
        header.append("type: ").append(type.nrrdName).append('\n');
        header.append("dimension: 3\n");
        header.append("space: left-posterior-superior\n");
        header.append("sizes: ").append(volume.nx()).append(' ').append(volume.ny()).append(' ').append(volume.nz())
                .append('\n');
        double[] s = volume.spacing();
        header.append("space directions: (").append(number(s[0])).append(",0,0) (0,").append(number(s[1]))
                .append(",0) (0,0,").append(number(s[2])).append(")\n");
        header.append("kinds: domain domain domain\n");
        header.append("endian: little\n");
        header.append("encoding: raw\n");
        double[] o = volume.origin();
        header.append("space origin: (").append(number(o[0])).append(',').append(number(o[1])).append(',')
                .append(number(o[2])).append(")\n");
        for (Map.Entry<String, String> entry : volume.metadata().entrySet()) {
            header.append(entry.getKey()).append(":=").append(escape(entry.getValue())).append('\n');
        }
        if (dataFile != null) {
            header.append("data file: ").append(dataFile).append('\n');
        } else {
            header.append('\n');
        }
        return header.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void writeSamples(Volume volume, SampleType type, OutputStream out) throws IOException {
        float[] values = volume.values();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            if (buffer.remaining() < 4) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            switch (type) {
                case UNSIGNED_CHAR -> buffer.put((byte) Math.max(0, Math.min(255, Math.round(value))));
                case SHORT -> buffer.putShort((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value))));
                case FLOAT -> buffer.putFloat(value);
            }
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.10g", value);
        if (text.contains("e") || text.contains("E")) {
            return text;
        }
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "");
            if (text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return text;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads a .nrrd file, or a .nhdr header and the data file it names. */
    public static Volume read(Path file) throws InvalidInputException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(file, in);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file; give the path of an existing .nrrd or .nhdr volume");
        }
    }

    private static Volume read(Path file, InputStream in) throws InvalidInputException, IOException {
        String magic = line(in);
        if (magic == null || !magic.startsWith("NRRD000")) {
            throw new InvalidInputException(file + ": not a NRRD file (it does not start with NRRD000x); "
                    + "convert the volume to NRRD, for instance with 3D Slicer, or give a DICOM folder");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            if (line.startsWith("#")) {
                continue;
            }
            int keyValue = line.indexOf(":=");
            int field = line.indexOf(": ");
            if (keyValue >= 0 && (field < 0 || keyValue < field)) {
                metadata.put(line.substring(0, keyValue), unescape(line.substring(keyValue + 2)));
            } else if (field >= 0) {
                fields.put(line.substring(0, field).trim().toLowerCase(Locale.ROOT), line.substring(field + 2).trim());
            } else {
                throw new InvalidInputException(file + ": header line '" + line + "' is neither 'field: value' nor "
                        + "'key:=value'; fix the header");
            }
        }
        Stored stored = storedType(file, require(file, fields, "type"));
        String dimension = require(file, fields, "dimension");
        if (!dimension.equals("3")) {
            throw new InvalidInputException(file + ": has " + dimension + " dimensions; only 3D volumes can be used");
        }
        int[] sizes = integers(file, "sizes", require(file, fields, "sizes"));
        double[][] directions = directions(file, fields);
        double[] origin = fields.containsKey("space origin") ? vector(file, "space origin", fields.get("space origin"))
                : new double[3];
        String space = fields.getOrDefault("space", "left-posterior-superior").toLowerCase(Locale.ROOT);
        if (space.equals("right-anterior-superior") || space.equals("ras")) {
            for (double[] direction : directions) {
                direction[0] = -direction[0];
                direction[1] = -direction[1];
            }
            origin[0] = -origin[0];
            origin[1] = -origin[1];
        } else if (!space.equals("left-posterior-superior") && !space.equals("lps")
                && !space.equals("3d-right-handed") && !space.equals("scanner-xyz")) {
            throw new InvalidInputException(file + ": space '" + space + "' is not supported; use "
                    + "left-posterior-superior or right-anterior-superior");
        }
        double[] spacing = new double[3];
        boolean[] flipped = new boolean[3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                if (b != a && Math.abs(directions[a][b]) > 1e-6 * Math.abs(directions[a][a])) {
                    throw new InvalidInputException(file + ": axis " + a + " is not along a scanner axis (oblique or "
                            + "permuted); resample the volume to an axis-aligned grid first");
                }
            }
            spacing[a] = Math.abs(directions[a][a]);
            flipped[a] = directions[a][a] < 0;
            if (!(spacing[a] > 0)) {
                throw new InvalidInputException(file + ": axis " + a + " has a spacing of 0; fix 'space directions'");
            }
            if (flipped[a]) {
                origin[a] -= (sizes[a] - 1) * spacing[a];
            }
        }
        ByteOrder order = fields.getOrDefault("endian", "little").equals("big") ? ByteOrder.BIG_ENDIAN
                : ByteOrder.LITTLE_ENDIAN;
        String encoding = require(file, fields, "encoding").toLowerCase(Locale.ROOT);
        long count = (long) sizes[0] * sizes[1] * sizes[2];
        if (count > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException(file + ": " + count + " voxels are too many; crop the volume");
        }
        InputStream data = in;
        InputStream detached = null;
        try {
            if (fields.containsKey("data file") || fields.containsKey("datafile")) {
                String name = fields.containsKey("data file") ? fields.get("data file") : fields.get("datafile");
                if (name.startsWith("LIST") || name.contains("%")) {
                    throw new InvalidInputException(file + ": data split over several files is not supported; "
                            + "join them into one data file");
                }
                Path dataFile = file.toAbsolutePath().getParent().resolve(name);
                if (!Files.isRegularFile(dataFile)) {
                    throw new InvalidInputException(file + ": its data file " + dataFile + " does not exist");
                }
                detached = new BufferedInputStream(Files.newInputStream(dataFile), 1 << 16);
                data = detached;
            }
            int lineSkip = Integer.parseInt(fields.getOrDefault("line skip", "0"));
            for (int i = 0; i < lineSkip; i++) {
                line(data);
            }
            if (encoding.equals("gzip") || encoding.equals("gz")) {
                data = new BufferedInputStream(new GZIPInputStream(data, 1 << 16), 1 << 16);
            } else if (!encoding.equals("raw")) {
                throw new InvalidInputException(file + ": encoding '" + encoding + "' is not supported; save the "
                        + "volume with raw or gzip encoding");
            }
            long byteSkip = Long.parseLong(fields.getOrDefault("byte skip", "0"));
            if (byteSkip < 0) {
                throw new InvalidInputException(file + ": 'byte skip: -1' is not supported; give the number of bytes");
            }
            data.skipNBytes(byteSkip);
            float[] values = samples(data, stored, order, (int) count);
            Volume volume = new Volume(sizes, spacing, origin, values, metadata);
            return flip(volume, flipped);
        } catch (EOFException e) {
            throw new InvalidInputException(file + ": the data ends before " + count + " samples were read; "
                    + "the file is truncated or its sizes are wrong");
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file + ": a number in the header does not read (" + e.getMessage() + ")");
        } finally {
            if (detached != null) {
                detached.close();
            }
        }
    }

    private static String require(Path file, Map<String, String> fields, String name) throws InvalidInputException {
        String value = fields.get(name);
        if (value == null) {
            throw new InvalidInputException(file + ": the header has no '" + name + ":' field");
        }
        return value;
    }

    private static Stored storedType(Path file, String type) throws InvalidInputException {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "signed char", "int8", "int8_t" -> Stored.INT8;
            case "uchar", "unsigned char", "uint8", "uint8_t" -> Stored.UINT8;
            case "short", "short int", "signed short", "signed short int", "int16", "int16_t" -> Stored.INT16;
            case "ushort", "unsigned short", "unsigned short int", "uint16", "uint16_t" -> Stored.UINT16;
            case "int", "signed int", "int32", "int32_t" -> Stored.INT32;
            case "uint", "unsigned int", "uint32", "uint32_t" -> Stored.UINT32;
            case "float" -> Stored.FLOAT;
            case "double" -> Stored.DOUBLE;
            default -> throw new InvalidInputException(file + ": sample type '" + type + "' is not supported; save "
                    + "the volume as 8, 16 or 32-bit integers, float or double");
        };
    }

    private static int[] integers(Path file, String field, String text) throws InvalidInputException {
        String[] words = text.trim().split("\\s+");
        if (words.length != 3) {
            throw new InvalidInputException(file + ": '" + field + "' must give three numbers, not '" + text + "'");
        }
        int[] values = new int[3];
        for (int i = 0; i < 3; i++) {
            try {
                values[i] = Integer.parseInt(words[i]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file + ": '" + field + "' has '" + words[i] + "', not a whole number");
            }
            if (values[i] < 1) {
                throw new InvalidInputException(file + ": '" + field + "' has " + values[i] + "; sizes are positive");
            }
        }
        return values;
    }

    private static double[][] directions(Path file, Map<String, String> fields) throws InvalidInputException {
        double[][] directions = new double[3][];
        if (fields.containsKey("space directions")) {
            String[] vectors = fields.get("space directions").trim().split("\\)\\s*");
            int axis = 0;
            for (String vector : vectors) {
                String text = vector.trim();
                if (text.isEmpty()) {
                    continue;
                }
                if (axis == 3 || text.equals("none")) {
                    throw new InvalidInputException(file + ": 'space directions' must give one vector per axis");
                }
                directions[axis++] = vector(file, "space directions", text + ")");
            }
            if (axis != 3) {
                throw new InvalidInputException(file + ": 'space directions' must give three vectors");
            }
        } else {
            String text = fields.getOrDefault("spacings", "1 1 1");
            String[] words = text.trim().split("\\s+");
            if (words.length != 3) {
                throw new InvalidInputException(file + ": 'spacings' must give three numbers");
            }
            for (int a = 0; a < 3; a++) {
                directions[a] = new double[3];
                directions[a][a] = parse(file, "spacings", words[a]);
            }
        }
        return directions;
    }

    private static double[] vector(Path file, String field, String text) throws InvalidInputException {
        String inner = text.trim();
        if (!inner.startsWith("(") || !inner.endsWith(")")) {
            throw new InvalidInputException(file + ": '" + field + "' vector '" + text + "' is not (x,y,z)");
        }
        String[] parts = inner.substring(1, inner.length() - 1).split(",");
        if (parts.length != 3) {
            throw new InvalidInputException(file + ": '" + field + "' vector '" + text + "' does not have three numbers");
        }
        double[] values = new double[3];
        for (int i = 0; i < 3; i++) {
            values[i] = parse(file, field, parts[i].trim());
        }
        return values;
    }

    private static double parse(Path file, String field, String word) throws InvalidInputException {
        try {
            double value = Double.parseDouble(word);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file + ": '" + field + "' has '" + word + "', not a number");
        }
    }

    private static float[] samples(InputStream in, Stored stored, ByteOrder order, int count) throws IOException {
        float[] values = new float[count];
        byte[] chunk = new byte[1 << 16];
        ByteBuffer buffer = ByteBuffer.wrap(chunk).order(order);
        int done = 0;
        while (done < count) {
            int wanted = Math.min(chunk.length / stored.bytes, count - done) * stored.bytes;
            int read = in.readNBytes(chunk, 0, wanted);
            if (read < wanted) {
                throw new EOFException();
            }
            buffer.clear();
            int n = wanted / stored.bytes;
            for (int i = 0; i < n; i++) {
                values[done + i] = switch (stored) {
                    case INT8 -> buffer.get();
                    case UINT8 -> buffer.get() & 0xff;
                    case INT16 -> buffer.getShort();
                    case UINT16 -> buffer.getShort() & 0xffff;
                    case INT32 -> buffer.getInt();
                    case UINT32 -> buffer.getInt() & 0xffffffffL;
                    case FLOAT -> buffer.getFloat();
                    case DOUBLE -> (float) buffer.getDouble();
                };
            }
            done += n;
        }
        return values;
    }

    private static Volume flip(Volume volume, boolean[] flipped) {
        if (!flipped[0] && !flipped[1] && !flipped[2]) {
            return volume;
        }
        int nx = volume.nx();
        int ny = volume.ny();
        int nz = volume.nz();
        float[] source = volume.values();
        float[] target = new float[source.length];
        for (int k = 0; k < nz; k++) {
            int kk = flipped[2] ? nz - 1 - k : k;
            for (int j = 0; j < ny; j++) {
                int jj = flipped[1] ? ny - 1 - j : j;
                for (int i = 0; i < nx; i++) {
                    int ii = flipped[0] ? nx - 1 - i : i;
                    target[i + nx * (j + ny * k)] = source[ii + nx * (jj + ny * kk)];
                }
            }
        }
        return volume.with(target, volume.metadata());
    }

    /** One header line, without its end, read byte by byte so that binary data after it stays unread. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (bytes.size() > 1 << 20) {
                throw new IOException("a header line longer than 1 MiB: not a NRRD header");
            }
            bytes.write(b);
        }
        if (b < 0 && bytes.size() == 0) {
            return null;
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
