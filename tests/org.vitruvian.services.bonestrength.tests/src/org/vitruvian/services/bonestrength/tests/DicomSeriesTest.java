package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.image.Volume;
import org.vitruvian.services.bonestrength.io.DicomSeries;

class DicomSeriesTest {

    @TempDir
    Path folder;

    @Test
    void aWrittenSeriesReadsBackAsTheSameVolume() throws Exception {
        float[] values = new float[4 * 3 * 5];
        for (int v = 0; v < values.length; v++) {
            values[v] = (v % 7) * 300 - 1000;
        }
        Volume volume = new Volume(new int[] { 4, 3, 5 }, new double[] { 0.7, 0.75, 1.25 }, new double[] { -50, 12.5, 100 },
                values, Map.of());
        Path series = folder.resolve("ct");
        DicomSeries.write(volume, new DicomSeries.Description("PHANTOM^FEMUR", "ID", "seed", 120), series);
        try (var files = Files.list(series)) {
            assertEquals(5, files.count(), "one file per axial slice");
        }
        Volume read = DicomSeries.read(series);
        assertArrayEquals(volume.sizes(), read.sizes());
        assertArrayEquals(volume.spacing(), read.spacing(), 1e-9);
        assertArrayEquals(volume.origin(), read.origin(), 1e-9);
        assertArrayEquals(values, read.values());
    }

    /**
     * A slice as other software writes it: implicit VR little endian, unsigned samples with a
     * rescale intercept, a sequence of undefined length before the image, and files in a
     * shuffled order that only their positions put right.
     */
    @Test
    void implicitVrSlicesWithSequencesAndRescaleAreReadInPositionOrder() throws Exception {
        Path series = Files.createDirectory(folder.resolve("implicit"));
        Files.write(series.resolve("b.dcm"), implicitSlice(2.5, new int[] { 1024, 1124 }));
        Files.write(series.resolve("a.dcm"), implicitSlice(5.0, new int[] { 2024, 0 }));
        Files.writeString(series.resolve("README.txt"), "not a DICOM file");
        Volume read = DicomSeries.read(series);
        assertArrayEquals(new int[] { 2, 1, 2 }, read.sizes());
        assertArrayEquals(new double[] { 0.5, 0.6, 2.5 }, read.spacing(), 1e-12);
        assertArrayEquals(new float[] { 0, 100, 1000, -1024 }, read.values());
    }

    @Test
    void compressedSeriesAreRefusedWithHowToDecompressThem() throws Exception {
        Path series = Files.createDirectory(folder.resolve("jpeg"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[128]);
        file.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        explicit(file, 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.4.70".getBytes(StandardCharsets.US_ASCII));
        Files.write(series.resolve("x.dcm"), file.toByteArray());
        InvalidInputException problem = assertThrows(InvalidInputException.class, () -> DicomSeries.read(series));
        assertTrue(problem.getMessage().contains("gdcmconv --raw"), problem.getMessage());
    }

    @Test
    void aFolderWithoutImagesIsRefusedNamingIt() throws Exception {
        Path empty = Files.createDirectory(folder.resolve("empty"));
        InvalidInputException problem = assertThrows(InvalidInputException.class, () -> DicomSeries.read(empty));
        assertTrue(problem.getMessage().startsWith(empty.toString()), problem.getMessage());
    }

    private static byte[] implicitSlice(double z, int[] stored) {
        ByteArrayOutputStream dataset = new ByteArrayOutputStream();
        implicit(dataset, 0x0008, 0x1140, undefinedSequence());
        implicit(dataset, 0x0020, 0x000E, text("1.2.3"));
        implicit(dataset, 0x0020, 0x0032, text("-1\\-2\\" + z));
        implicit(dataset, 0x0020, 0x0037, text("1\\0\\0\\0\\1\\0"));
        implicit(dataset, 0x0028, 0x0002, shortValue(1));
        implicit(dataset, 0x0028, 0x0010, shortValue(1));
        implicit(dataset, 0x0028, 0x0011, shortValue(2));
        implicit(dataset, 0x0028, 0x0030, text("0.6\\0.5"));
        implicit(dataset, 0x0028, 0x0100, shortValue(16));
        implicit(dataset, 0x0028, 0x0103, shortValue(0));
        implicit(dataset, 0x0028, 0x1052, text("-1024"));
        implicit(dataset, 0x0028, 0x1053, text("1"));
        ByteBuffer pixels = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        pixels.putShort((short) stored[0]).putShort((short) stored[1]);
        implicit(dataset, 0x7FE0, 0x0010, pixels.array());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(new byte[128]);
        file.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        explicit(file, 0x0002, 0x0010, "UI", text("1.2.840.10008.1.2"));
        file.writeBytes(dataset.toByteArray());
        return file.toByteArray();
    }

    /** A sequence of undefined length holding one item of undefined length with one element. */
    private static byte[] undefinedSequence() {
        ByteArrayOutputStream item = new ByteArrayOutputStream();
        implicit(item, 0x0008, 0x1155, text("9.9.9"));
        ByteBuffer buffer = ByteBuffer.allocate(8 + item.size() + 8 + 8).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(-1);
        buffer.put(item.toByteArray());
        buffer.putShort((short) 0xFFFE).putShort((short) 0xE00D).putInt(0);
        buffer.putShort((short) 0xFFFE).putShort((short) 0xE0DD).putInt(0);
        return buffer.array();
    }

    private static void implicit(ByteArrayOutputStream out, int group, int element, byte[] value) {
        boolean sequence = group == 0x0008 && element == 0x1140;
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) group).putShort((short) element).putInt(sequence ? -1 : value.length);
        out.writeBytes(header.array());
        out.writeBytes(value);
    }

    private static void explicit(ByteArrayOutputStream out, int group, int element, String vr, byte[] value) {
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) group).putShort((short) element).put(vr.getBytes(StandardCharsets.US_ASCII))
                .putShort((short) value.length);
        out.writeBytes(header.array());
        out.writeBytes(value);
    }

    private static byte[] text(String value) {
        String even = value.length() % 2 == 0 ? value : value + " ";
        return even.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] shortValue(int value) {
        return ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) value).array();
    }
}
