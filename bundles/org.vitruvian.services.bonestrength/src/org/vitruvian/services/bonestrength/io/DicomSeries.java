package org.vitruvian.services.bonestrength.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.image.Volume;
import org.vitruvian.services.support.AtomicFiles;

/**
 * A CT series as a folder of DICOM files, one axial slice each: what a hospital's PACS exports.
 * A small reader for uncompressed series (implicit or explicit VR little endian, 8 or 16-bit
 * samples, rescale slope and intercept to Hounsfield units) in the axial orientation scanners
 * use; and a writer of such series, so that synthetic scans travel the same way real ones do.
 */
public final class DicomSeries {

    private static final String EXPLICIT_LITTLE = "1.2.840.10008.1.2.1";
    private static final String IMPLICIT_LITTLE = "1.2.840.10008.1.2";
    private static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
            "UR", "UT", "UV");

    private static final int SERIES_UID = 0x0020000E;
    private static final int POSITION = 0x00200032;
    private static final int ORIENTATION = 0x00200037;
    private static final int INSTANCE = 0x00200013;
    private static final int SAMPLES = 0x00280002;
    private static final int FRAMES = 0x00280008;
    private static final int ROWS = 0x00280010;
    private static final int COLUMNS = 0x00280011;
    private static final int PIXEL_SPACING = 0x00280030;
    private static final int BITS_ALLOCATED = 0x00280100;
    private static final int PIXEL_REPRESENTATION = 0x00280103;
    private static final int INTERCEPT = 0x00281052;
    private static final int SLOPE = 0x00281053;
    private static final int SLICE_THICKNESS = 0x00180050;
    private static final int PIXEL_DATA = 0x7FE00010;
    private static final Set<Integer> WANTED = Set.of(SERIES_UID, POSITION, ORIENTATION, INSTANCE, SAMPLES, FRAMES,
            ROWS, COLUMNS, PIXEL_SPACING, BITS_ALLOCATED, PIXEL_REPRESENTATION, INTERCEPT, SLOPE, SLICE_THICKNESS,
            PIXEL_DATA);

    private DicomSeries() {
    }

    /** What the writer puts in every slice besides the image. */
    public record Description(String patientName, String patientId, String seed, int kvp) {
    }

    // ---------------------------------------------------------------- reading

    private record Slice(Path file, Map<Integer, byte[]> elements, boolean explicit) {
    }

    /** Reads the one series in {@code folder} as a volume of Hounsfield units. */
    public static Volume read(Path folder) throws InvalidInputException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder + ": not a folder; give the folder that holds the series' DICOM files");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        List<Slice> slices = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 132 || !new String(bytes, 128, 4, StandardCharsets.US_ASCII).equals("DICM")) {
                continue;
            }
            Slice slice = parse(file, bytes);
            if (slice.elements().containsKey(PIXEL_DATA)) {
                slices.add(slice);
            }
        }
        if (slices.isEmpty()) {
            throw new InvalidInputException(folder + ": holds no DICOM image files (files with the DICM preamble and "
                    + "pixel data); give the folder of one CT series");
        }
        Set<String> series = new LinkedHashSet<>();
        for (Slice slice : slices) {
            series.add(text(slice, SERIES_UID, ""));
        }
        if (series.size() > 1) {
            throw new InvalidInputException(folder + ": holds " + series.size() + " series; put each series in a "
                    + "folder of its own and give the CT's folder");
        }
        Slice first = slices.get(0);
        int rows = integer(first, ROWS);
        int columns = integer(first, COLUMNS);
        double[] spacing = numbers(first, PIXEL_SPACING, 2);
        double[] orientation = numbers(first, ORIENTATION, 6);
        double[] axial = { 1, 0, 0, 0, 1, 0 };
        for (int i = 0; i < 6; i++) {
            if (Math.abs(orientation[i] - axial[i]) > 1e-3) {
                throw new InvalidInputException(first.file() + ": the image orientation is not axial (1\\0\\0\\0\\1\\0); "
                        + "only axial series without gantry tilt can be read; resample the series first");
            }
        }
        for (Slice slice : slices) {
            if (integer(slice, ROWS) != rows || integer(slice, COLUMNS) != columns
                    || Math.abs(numbers(slice, PIXEL_SPACING, 2)[0] - spacing[0]) > 1e-6
                    || Math.abs(numbers(slice, PIXEL_SPACING, 2)[1] - spacing[1]) > 1e-6) {
                throw new InvalidInputException(slice.file() + ": its size or pixel spacing differs from "
                        + first.file().getFileName() + "'s; the folder must hold one series");
            }
            if (slice.elements().containsKey(FRAMES) && integer(slice, FRAMES) > 1) {
                throw new InvalidInputException(slice.file() + ": is a multi-frame image; export the series as one "
                        + "file per slice");
            }
        }
        List<double[]> positions = new ArrayList<>();
        for (Slice slice : slices) {
            positions.add(numbers(slice, POSITION, 3));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> positions.get(i)[2]));
        double dz;
        if (slices.size() == 1) {
            dz = first.elements().containsKey(SLICE_THICKNESS) ? numbers(first, SLICE_THICKNESS, 1)[0] : 1;
        } else {
            dz = positions.get(order.get(1))[2] - positions.get(order.get(0))[2];
            for (int n = 1; n < order.size(); n++) {
                double step = positions.get(order.get(n))[2] - positions.get(order.get(n - 1))[2];
                if (!(step > 0) || Math.abs(step - dz) > 0.01 * dz) {
                    throw new InvalidInputException(folder + ": slices are not evenly spaced (" + String.format(Locale.ROOT,
                            "%.3f", dz) + " mm, then " + String.format(Locale.ROOT, "%.3f", step) + " mm); the series "
                            + "has gaps or repeated slices");
                }
            }
        }
        float[] values = new float[rows * columns * slices.size()];
        for (int k = 0; k < order.size(); k++) {
            Slice slice = slices.get(order.get(k));
            decode(slice, rows * columns, values, k * rows * columns);
        }
        double[] origin = positions.get(order.get(0));
        return new Volume(new int[] { columns, rows, slices.size() }, new double[] { spacing[1], spacing[0], dz },
                origin, values, Map.of());
    }

    private static void decode(Slice slice, int pixels, float[] into, int offset) throws InvalidInputException {
        if (slice.elements().containsKey(SAMPLES) && integer(slice, SAMPLES) != 1) {
            throw new InvalidInputException(slice.file() + ": is not a greyscale image; CT slices have one sample per pixel");
        }
        int bits = integer(slice, BITS_ALLOCATED);
        boolean signed = slice.elements().containsKey(PIXEL_REPRESENTATION) && integer(slice, PIXEL_REPRESENTATION) == 1;
        double slope = slice.elements().containsKey(SLOPE) ? numbers(slice, SLOPE, 1)[0] : 1;
        double intercept = slice.elements().containsKey(INTERCEPT) ? numbers(slice, INTERCEPT, 1)[0] : 0;
        byte[] data = slice.elements().get(PIXEL_DATA);
        if (bits != 8 && bits != 16) {
            throw new InvalidInputException(slice.file() + ": has " + bits + " bits per sample; only 8 and 16 are read");
        }
        if (data.length < pixels * (bits / 8)) {
            throw new InvalidInputException(slice.file() + ": its pixel data is shorter than the image; the file is "
                    + "truncated");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < pixels; i++) {
            int stored;
            if (bits == 16) {
                short s = buffer.getShort();
                stored = signed ? s : s & 0xffff;
            } else {
                byte b = buffer.get();
                stored = signed ? b : b & 0xff;
            }
            into[offset + i] = (float) (stored * slope + intercept);
        }
    }

    private static Slice parse(Path file, byte[] bytes) throws InvalidInputException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.position(132);
        Map<Integer, byte[]> meta = new HashMap<>();
        try {
            while (buffer.remaining() >= 8 && (buffer.getShort(buffer.position()) & 0xffff) == 0x0002) {
                readElement(file, buffer, true, meta, Set.of(0x00020010), 0);
            }
            String syntax = meta.containsKey(0x00020010) ? trim(meta.get(0x00020010)) : IMPLICIT_LITTLE;
            boolean explicit;
            if (syntax.equals(EXPLICIT_LITTLE)) {
                explicit = true;
            } else if (syntax.equals(IMPLICIT_LITTLE)) {
                explicit = false;
            } else {
                throw new InvalidInputException(file + ": transfer syntax " + syntax + " (compressed or big endian) is "
                        + "not supported; decompress the series first, e.g. gdcmconv --raw or dcmdjpeg");
            }
            Map<Integer, byte[]> elements = new HashMap<>();
            while (buffer.remaining() >= 8) {
                readElement(file, buffer, explicit, elements, WANTED, 0);
            }
            return new Slice(file, elements, explicit);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new InvalidInputException(file + ": the DICOM data ends in the middle of an element; the file is "
                    + "truncated or damaged");
        }
    }

    /** Reads one element at the buffer's position; keeps it when wanted and not inside a sequence. */
    private static boolean readElement(Path file, ByteBuffer buffer, boolean explicit, Map<Integer, byte[]> into,
            Set<Integer> wanted, int depth) throws InvalidInputException {
        int group = buffer.getShort() & 0xffff;
        int element = buffer.getShort() & 0xffff;
        int tag = (group << 16) | element;
        if (group == 0xFFFE) {
            long length = buffer.getInt() & 0xffffffffL;
            if (element == 0xE00D || element == 0xE0DD) {
                return false;
            }
            skipItem(file, buffer, explicit, length, depth);
            return true;
        }
        String vr = null;
        long length;
        if (explicit) {
            vr = new String(new byte[] { buffer.get(), buffer.get() }, StandardCharsets.US_ASCII);
            if (LONG_VRS.contains(vr)) {
                buffer.getShort();
                length = buffer.getInt() & 0xffffffffL;
            } else {
                length = buffer.getShort() & 0xffff;
            }
        } else {
            length = buffer.getInt() & 0xffffffffL;
        }
        if (length == 0xffffffffL) {
            if (tag == PIXEL_DATA) {
                throw new InvalidInputException(file + ": its pixel data is encapsulated (compressed); decompress the "
                        + "series first, e.g. gdcmconv --raw or dcmdjpeg");
            }
            skipSequence(file, buffer, explicit, depth + 1);
            return true;
        }
        if (length > buffer.remaining()) {
            throw new IllegalArgumentException("element longer than the file");
        }
        if ("SQ".equals(vr)) {
            ByteBuffer inner = buffer.slice(buffer.position(), (int) length).order(ByteOrder.LITTLE_ENDIAN);
            while (inner.remaining() >= 8) {
                readElement(file, inner, explicit, new HashMap<>(), Set.of(), depth + 1);
            }
        } else if (depth == 0 && wanted.contains(tag)) {
            byte[] value = new byte[(int) length];
            buffer.get(buffer.position(), value);
            into.put(tag, value);
        }
        buffer.position(buffer.position() + (int) length);
        return true;
    }

    private static void skipSequence(Path file, ByteBuffer buffer, boolean explicit, int depth)
            throws InvalidInputException {
        if (depth > 16) {
            throw new InvalidInputException(file + ": sequences nest more than 16 deep; the file is damaged");
        }
        while (buffer.remaining() >= 8) {
            int group = buffer.getShort() & 0xffff;
            int element = buffer.getShort() & 0xffff;
            long length = buffer.getInt() & 0xffffffffL;
            if (group != 0xFFFE) {
                throw new IllegalArgumentException("sequence without items");
            }
            if (element == 0xE0DD) {
                return;
            }
            skipItem(file, buffer, explicit, length, depth);
        }
    }

    private static void skipItem(Path file, ByteBuffer buffer, boolean explicit, long length, int depth)
            throws InvalidInputException {
        if (length != 0xffffffffL) {
            buffer.position(buffer.position() + (int) length);
            return;
        }
        Map<Integer, byte[]> ignored = new HashMap<>();
        while (buffer.remaining() >= 8 && readElement(file, buffer, explicit, ignored, Set.of(), depth + 1)) {
            // elements of the item, up to its delimiter
        }
    }

    private static String text(Slice slice, int tag, String fallback) {
        byte[] value = slice.elements().get(tag);
        return value == null ? fallback : trim(value);
    }

    private static String trim(byte[] value) {
        return new String(value, StandardCharsets.ISO_8859_1).replace("\0", "").trim();
    }

    private static int integer(Slice slice, int tag) throws InvalidInputException {
        byte[] value = slice.elements().get(tag);
        if (value == null) {
            throw new InvalidInputException(slice.file() + ": lacks element " + tagName(tag) + "; it is not a CT image");
        }
        if (tag == INSTANCE || tag == FRAMES) {
            try {
                return Integer.parseInt(trim(value));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(slice.file() + ": element " + tagName(tag) + " is not a number");
            }
        }
        if (value.length < 2) {
            throw new InvalidInputException(slice.file() + ": element " + tagName(tag) + " is empty");
        }
        return ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
    }

    private static double[] numbers(Slice slice, int tag, int count) throws InvalidInputException {
        byte[] value = slice.elements().get(tag);
        if (value == null) {
            throw new InvalidInputException(slice.file() + ": lacks element " + tagName(tag) + "; it is not a CT image");
        }
        String[] parts = trim(value).split("\\\\");
        if (parts.length < count) {
            throw new InvalidInputException(slice.file() + ": element " + tagName(tag) + " has " + parts.length
                    + " values instead of " + count);
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(slice.file() + ": element " + tagName(tag) + " has '" + parts[i]
                        + "', not a number");
            }
        }
        return numbers;
    }

    private static String tagName(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xffff);
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes {@code volume} (Hounsfield units) as a series of axial slices, signed 16-bit,
     * explicit VR little endian, into {@code folder}, which appears complete or not at all.
     */
    public static void write(Volume volume, Description description, Path folder) throws IOException {
        AtomicFiles.writeFolder(folder, into -> {
            String study = uid(description.seed() + "/study");
            String series = uid(description.seed() + "/series");
            for (int k = 0; k < volume.nz(); k++) {
                String instance = uid(description.seed() + "/slice/" + k);
                byte[] slice = slice(volume, k, description, study, series, instance);
                Files.write(into.resolve(String.format(Locale.ROOT, "CT%04d.dcm", k + 1)), slice);
            }
        });
    }

    /** A DICOM UID from a name: the 2.25 root followed by a name-based UUID as a decimal number. */
    static String uid(String name) {
        UUID uuid = UUID.nameUUIDFromBytes(("vitruvian-bonestrength/" + name).getBytes(StandardCharsets.UTF_8));
        java.math.BigInteger value = new java.math.BigInteger(1, ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array());
        return "2.25." + value;
    }

    private static byte[] slice(Volume volume, int k, Description description, String study, String series,
            String instance) {
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        element(meta, 0x0002, 0x0001, "OB", new byte[] { 0, 1 });
        element(meta, 0x0002, 0x0002, "UI", uidBytes(CT_IMAGE_STORAGE));
        element(meta, 0x0002, 0x0003, "UI", uidBytes(instance));
        element(meta, 0x0002, 0x0010, "UI", uidBytes(EXPLICIT_LITTLE));
        element(meta, 0x0002, 0x0012, "UI", uidBytes(uid("implementation")));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[128]);
        file.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        element(file, 0x0002, 0x0000, "UL", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size())
                .array());
        file.writeBytes(meta.toByteArray());
        double[] o = volume.origin();
        double[] s = volume.spacing();
        element(file, 0x0008, 0x0016, "UI", uidBytes(CT_IMAGE_STORAGE));
        element(file, 0x0008, 0x0018, "UI", uidBytes(instance));
        element(file, 0x0008, 0x0060, "CS", textBytes("CT"));
        element(file, 0x0010, 0x0010, "PN", textBytes(description.patientName()));
        element(file, 0x0010, 0x0020, "LO", textBytes(description.patientId()));
        element(file, 0x0018, 0x0050, "DS", textBytes(decimal(s[2])));
        element(file, 0x0018, 0x0060, "DS", textBytes(Integer.toString(description.kvp())));
        element(file, 0x0020, 0x000D, "UI", uidBytes(study));
        element(file, 0x0020, 0x000E, "UI", uidBytes(series));
        element(file, 0x0020, 0x0013, "IS", textBytes(Integer.toString(k + 1)));
        element(file, 0x0020, 0x0032, "DS", textBytes(decimal(o[0]) + "\\" + decimal(o[1]) + "\\"
                + decimal(o[2] + k * s[2])));
        element(file, 0x0020, 0x0037, "DS", textBytes("1\\0\\0\\0\\1\\0"));
        element(file, 0x0028, 0x0002, "US", unsignedShort(1));
        element(file, 0x0028, 0x0004, "CS", textBytes("MONOCHROME2"));
        element(file, 0x0028, 0x0010, "US", unsignedShort(volume.ny()));
        element(file, 0x0028, 0x0011, "US", unsignedShort(volume.nx()));
        element(file, 0x0028, 0x0030, "DS", textBytes(decimal(s[1]) + "\\" + decimal(s[0])));
        element(file, 0x0028, 0x0100, "US", unsignedShort(16));
        element(file, 0x0028, 0x0101, "US", unsignedShort(16));
        element(file, 0x0028, 0x0102, "US", unsignedShort(15));
        element(file, 0x0028, 0x0103, "US", unsignedShort(1));
        element(file, 0x0028, 0x1052, "DS", textBytes("0"));
        element(file, 0x0028, 0x1053, "DS", textBytes("1"));
        int pixels = volume.nx() * volume.ny();
        ByteBuffer data = ByteBuffer.allocate(2 * pixels).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = volume.values();
        for (int i = 0; i < pixels; i++) {
            data.putShort((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(values[k * pixels + i]))));
        }
        element(file, 0x7FE0, 0x0010, "OW", data.array());
        return file.toByteArray();
    }

    private static void element(ByteArrayOutputStream out, int group, int element, String vr, byte[] value) {
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) group).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII));
        if (LONG_VRS.contains(vr)) {
            header.putShort((short) 0).putInt(value.length);
        } else {
            header.putShort((short) value.length);
        }
        out.write(header.array(), 0, header.position());
        out.writeBytes(value);
    }

    private static byte[] uidBytes(String uid) {
        byte[] text = uid.getBytes(StandardCharsets.US_ASCII);
        return text.length % 2 == 0 ? text : java.util.Arrays.copyOf(text, text.length + 1);
    }

    private static byte[] textBytes(String value) {
        String even = value.length() % 2 == 0 ? value : value + " ";
        return even.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] unsignedShort(int value) {
        return ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) value).array();
    }

    /** A decimal string of at most 16 characters, as the DS value representation allows. */
    static String decimal(double value) {
        for (int digits = 10; digits >= 1; digits--) {
            String text = new java.math.BigDecimal(value).round(new java.math.MathContext(digits)).stripTrailingZeros()
                    .toPlainString();
            if (text.length() <= 16) {
                return text;
            }
        }
        return "0";
    }
}
