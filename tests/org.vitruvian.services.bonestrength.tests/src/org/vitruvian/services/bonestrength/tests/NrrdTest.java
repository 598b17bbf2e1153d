package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.image.Volume;
import org.vitruvian.services.bonestrength.io.Nrrd;

class NrrdTest {

    @TempDir
    Path folder;

    private static Volume sample() {
        float[] values = new float[3 * 4 * 5];
        for (int v = 0; v < values.length; v++) {
            values[v] = v * 1.5f - 20;
        }
        return new Volume(new int[] { 3, 4, 5 }, new double[] { 0.7, 0.8, 1.25 }, new double[] { -10, 20.5, -300 },
                values, Map.of("calibration rods", "1,2,3;4,5,6", "note", "two\nlines \\ and a backslash"));
    }

    @Test
    void floatVolumesComeBackExactlyWithGeometryAndKeys() throws Exception {
        Volume volume = sample();
        Path file = folder.resolve("v.nrrd");
        Nrrd.write(volume, Nrrd.SampleType.FLOAT, file);
        Volume read = Nrrd.read(file);
        assertArrayEquals(volume.sizes(), read.sizes());
        assertArrayEquals(volume.spacing(), read.spacing(), 1e-12);
        assertArrayEquals(volume.origin(), read.origin(), 1e-12);
        assertArrayEquals(volume.values(), read.values());
        assertEquals(volume.metadata(), read.metadata());
    }

    @Test
    void theHeaderIsWhatSlicerAndItkRead() throws Exception {
        Path file = folder.resolve("v.nrrd");
        Nrrd.write(sample(), Nrrd.SampleType.SHORT, file);
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String header = text.substring(0, text.indexOf("\n\n") + 2);
        assertTrue(header.startsWith("NRRD0004\n"), header);
        assertTrue(header.contains("type: short\n"), header);
        assertTrue(header.contains("sizes: 3 4 5\n"), header);
        assertTrue(header.contains("space: left-posterior-superior\n"), header);
        assertTrue(header.contains("space directions: (0.7,0,0) (0,0.8,0) (0,0,1.25)\n"), header);
        assertTrue(header.contains("space origin: (-10,20.5,-300)\n"), header);
        assertTrue(header.contains("endian: little\nencoding: raw\n"), header);
        assertEquals(header.length() + 2 * 60, Files.size(file), "raw 16-bit samples follow the blank line");
    }

    @Test
    void aVolumeWrittenToANhdrNameGetsADetachedHeaderAndARawFileBesideIt() throws Exception {
        Volume volume = sample();
        Path header = folder.resolve("ct.nhdr");
        Nrrd.write(volume, Nrrd.SampleType.FLOAT, header);
        Path raw = folder.resolve("ct.raw");
        assertEquals(4L * 60, Files.size(raw), "the raw file holds the samples and nothing else");
        String text = Files.readString(header, StandardCharsets.ISO_8859_1);
        assertTrue(text.endsWith("data file: ct.raw\n"), text);
        assertTrue(text.length() < 1000, "no samples in the header");
        Volume read = Nrrd.read(header);
        assertArrayEquals(volume.values(), read.values());
        assertArrayEquals(volume.spacing(), read.spacing(), 1e-12);
        assertEquals(volume.metadata(), read.metadata());
    }

    @Test
    void shortAndByteSamplesRoundToTheirRange() throws Exception {
        Path file = folder.resolve("labels.nrrd");
        Volume volume = sample();
        Nrrd.write(volume, Nrrd.SampleType.UNSIGNED_CHAR, file);
        float[] read = Nrrd.read(file).values();
        for (int v = 0; v < read.length; v++) {
            assertEquals(Math.max(0, Math.min(255, Math.round(volume.values()[v]))), read[v]);
        }
    }

    @Test
    void aDetachedHeaderDescribesRawBigEndianData() throws Exception {
        ByteBuffer data = ByteBuffer.allocate(2 * 2 * 2 * 2).order(ByteOrder.BIG_ENDIAN);
        for (int v = 0; v < 8; v++) {
            data.putShort((short) (v * 100 - 1000));
        }
        Files.write(folder.resolve("scan.raw"), data.array());
        Files.writeString(folder.resolve("scan.nhdr"), """
                NRRD0004
                type: int16
                dimension: 3
                space: left-posterior-superior
                sizes: 2 2 2
                space directions: (0.5,0,0) (0,0.5,0) (0,0,2)
                endian: big
                encoding: raw
                space origin: (1,2,3)
                data file: scan.raw
                """);
        Volume read = Nrrd.read(folder.resolve("scan.nhdr"));
        assertArrayEquals(new float[] { -1000, -900, -800, -700, -600, -500, -400, -300 }, read.values());
        assertArrayEquals(new double[] { 0.5, 0.5, 2 }, read.spacing());
    }

    @Test
    void gzipEncodingAndRasSpaceAreReadIntoLpsOrder() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            ByteBuffer data = ByteBuffer.allocate(4 * 2).order(ByteOrder.LITTLE_ENDIAN);
            data.putFloat(1).putFloat(2);
            gzip.write(data.array());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("""
                NRRD0004
                type: float
                dimension: 3
                space: right-anterior-superior
                sizes: 2 1 1
                space directions: (1,0,0) (0,1,0) (0,0,1)
                encoding: gzip
                space origin: (10,0,0)

                """.getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(packed.toByteArray());
        Files.write(folder.resolve("ras.nrrd"), file.toByteArray());
        Volume read = Nrrd.read(folder.resolve("ras.nrrd"));
        // RAS x = 10 and 11 are LPS x = -10 and -11: in increasing LPS order the second sample comes first.
        assertArrayEquals(new float[] { 2, 1 }, read.values());
        assertArrayEquals(new double[] { -11, 0, 0 }, read.origin(), 1e-12);
    }

    @Test
    void aTruncatedFileIsRefusedNamingTheFile() throws Exception {
        Path file = folder.resolve("cut.nrrd");
        Nrrd.write(sample(), Nrrd.SampleType.FLOAT, file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        InvalidInputException problem = assertThrows(InvalidInputException.class, () -> Nrrd.read(file));
        assertTrue(problem.getMessage().startsWith(file.toString()), problem.getMessage());
        assertTrue(problem.getMessage().contains("truncated"), problem.getMessage());
    }

    @Test
    void obliqueVolumesAreRefusedWithWhatToDo() throws IOException {
        Files.writeString(folder.resolve("oblique.nhdr"), """
                NRRD0004
                type: float
                dimension: 3
                sizes: 1 1 1
                space directions: (0.7,0.1,0) (0,0.7,0) (0,0,1)
                encoding: raw
                data file: none.raw
                """);
        InvalidInputException problem = assertThrows(InvalidInputException.class,
                () -> Nrrd.read(folder.resolve("oblique.nhdr")));
        assertTrue(problem.getMessage().contains("resample"), problem.getMessage());
    }

    @Test
    void writingLeavesNoPartialFileBehind() throws Exception {
        Path file = folder.resolve("v.nrrd");
        Nrrd.write(sample(), Nrrd.SampleType.FLOAT, file);
        try (var listing = Files.list(folder)) {
            assertEquals(java.util.List.of(file), listing.toList());
        }
    }
}
