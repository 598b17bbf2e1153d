package org.vitruvian.services.mriheating.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.vitruvian.services.mriheating.InvalidInputException;

/**
 * The files between stages and for ParaView: legacy VTK STRUCTURED_POINTS, binary (big-endian as
 * the format requires), in millimetres. Dataset field data carry scalars and small arrays (the
 * materials, the layout, the normalisation); cell data the per-cell maps; point data the
 * conducting edges. VTK orders points and cells with x fastest; the solvers keep z fastest, so
 * arrays are transposed on the way in and out. The reader reads what this writer writes.
 */
public final class VtkImage {

    public final int nx, ny, nz;
    public final double cell; // metres
    public final double x0, y0, z0; // metres
    public final String title;
    public final Map<String, double[]> fieldData = new LinkedHashMap<>();
    public final Map<String, float[]> cellFloats = new LinkedHashMap<>();
    public final Map<String, byte[]> cellBytes = new LinkedHashMap<>();
    public final Map<String, byte[]> pointBytes = new LinkedHashMap<>();

    public VtkImage(String title, int nx, int ny, int nz, double cell, double x0, double y0, double z0) {
        this.title = title.replace('\n', ' ');
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.cell = cell;
        this.x0 = x0;
        this.y0 = y0;
        this.z0 = z0;
    }

    public void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        String title = this.title.length() > 250 ? this.title.substring(0, 250) : this.title;
        ascii(out, "# vtk DataFile Version 3.0\n" + title + "\nBINARY\nDATASET STRUCTURED_POINTS\n");
        ascii(out, String.format(Locale.ROOT, "DIMENSIONS %d %d %d\nORIGIN %.9g %.9g %.9g\nSPACING %.9g %.9g %.9g\n",
                nx + 1, ny + 1, nz + 1, x0 * 1000, y0 * 1000, z0 * 1000, cell * 1000, cell * 1000, cell * 1000));
        if (!fieldData.isEmpty()) {
            ascii(out, "FIELD FieldData " + fieldData.size() + "\n");
            for (Map.Entry<String, double[]> e : fieldData.entrySet()) {
                ascii(out, e.getKey() + " 1 " + e.getValue().length + " double\n");
                for (double v : e.getValue()) {
                    out.writeDouble(v);
                }
                ascii(out, "\n");
            }
        }
        int cells = nx * ny * nz;
        if (!cellFloats.isEmpty() || !cellBytes.isEmpty()) {
            ascii(out, "CELL_DATA " + cells + "\n");
            for (Map.Entry<String, byte[]> e : cellBytes.entrySet()) {
                ascii(out, "SCALARS " + e.getKey() + " unsigned_char 1\nLOOKUP_TABLE default\n");
                byte[] v = e.getValue();
                byte[] row = new byte[nx];
                for (int k = 0; k < nz; k++) {
                    for (int j = 0; j < ny; j++) {
                        for (int i = 0; i < nx; i++) {
                            row[i] = v[(i * ny + j) * nz + k];
                        }
                        out.write(row);
                    }
                }
                ascii(out, "\n");
            }
            for (Map.Entry<String, float[]> e : cellFloats.entrySet()) {
                ascii(out, "SCALARS " + e.getKey() + " float 1\nLOOKUP_TABLE default\n");
                float[] v = e.getValue();
                for (int k = 0; k < nz; k++) {
                    for (int j = 0; j < ny; j++) {
                        for (int i = 0; i < nx; i++) {
                            out.writeFloat(v[(i * ny + j) * nz + k]);
                        }
                    }
                }
                ascii(out, "\n");
            }
        }
        if (!pointBytes.isEmpty()) {
            ascii(out, "POINT_DATA " + (nx + 1) * (ny + 1) * (nz + 1) + "\n");
            for (Map.Entry<String, byte[]> e : pointBytes.entrySet()) {
                ascii(out, "SCALARS " + e.getKey() + " unsigned_char 1\nLOOKUP_TABLE default\n");
                byte[] v = e.getValue();
                for (int k = 0; k <= nz; k++) {
                    for (int j = 0; j <= ny; j++) {
                        for (int i = 0; i <= nx; i++) {
                            out.write(v[(i * (ny + 1) + j) * (nz + 1) + k]);
                        }
                    }
                }
                ascii(out, "\n");
            }
        }
        out.flush();
    }

    private static void ascii(DataOutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a file this class wrote; anything else is refused with the line that does not fit. */
    public static VtkImage read(Path file) throws IOException, InvalidInputException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(raw);
            int[] line = { 0 };
            expect(file, line, readLine(in, line), "# vtk DataFile Version");
            String title = readLine(in, line);
            expect(file, line, readLine(in, line), "BINARY");
            expect(file, line, readLine(in, line), "DATASET STRUCTURED_POINTS");
            int[] dims = ints(file, line, readLine(in, line), "DIMENSIONS", 3);
            double[] origin = doubles(file, line, readLine(in, line), "ORIGIN", 3);
            double[] spacing = doubles(file, line, readLine(in, line), "SPACING", 3);
            if (spacing[0] != spacing[1] || spacing[0] != spacing[2] || dims[0] < 2 || dims[1] < 2 || dims[2] < 2) {
                throw new InvalidInputException(file + ":6:1: the grid must have cubic cells and at least one cell per axis");
            }
            VtkImage image = new VtkImage(title, dims[0] - 1, dims[1] - 1, dims[2] - 1, spacing[0] / 1000, origin[0] / 1000,
                    origin[1] / 1000, origin[2] / 1000);
            int nx = image.nx, ny = image.ny, nz = image.nz;
            String header;
            while ((header = readLine(in, line)) != null) {
                if (header.isEmpty()) {
                    continue;
                }
                String[] w = header.split(" ");
                switch (w[0]) {
                    case "FIELD" -> {
                        int count = Integer.parseInt(w[2]);
                        for (int a = 0; a < count; a++) {
                            String[] d = readLine(in, line).split(" ");
                            int tuples = Integer.parseInt(d[2]);
                            double[] values = new double[tuples];
                            for (int t = 0; t < tuples; t++) {
                                values[t] = in.readDouble();
                            }
                            readLine(in, line);
                            image.fieldData.put(d[0], values);
                        }
                    }
                    case "CELL_DATA", "POINT_DATA" -> {
                        boolean cells = w[0].equals("CELL_DATA");
                        long expected = cells ? (long) nx * ny * nz : (long) (nx + 1) * (ny + 1) * (nz + 1);
                        if (Long.parseLong(w[1]) != expected) {
                            throw new InvalidInputException(String.format(Locale.ROOT, "%s:%d:1: %s %s does not match the "
                                    + "grid's %d", file, line[0], w[0], w[1], expected));
                        }
                    }
                    case "SCALARS" -> {
                        readLine(in, line); // LOOKUP_TABLE default
                        boolean pointData = image.cellFloats.isEmpty() && image.cellBytes.isEmpty() ? false : false;
                        readScalars(image, in, w, pointData);
                        readLine(in, line);
                    }
                    default -> throw new InvalidInputException(file + ":" + line[0] + ":1: unexpected '" + w[0]
                            + "': not a grid written by the MRI heating service");
                }
            }
            return image;
        } catch (EOFException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new InvalidInputException(file + ": truncated or not a grid written by the MRI heating service; run the "
                    + "step that writes it again");
        }
    }

    private static void readScalars(VtkImage image, DataInputStream in, String[] w, boolean unused) throws IOException {
        int nx = image.nx, ny = image.ny, nz = image.nz;
        String name = w[1];
        boolean point = name.startsWith("point_");
        if (w[2].equals("unsigned_char")) {
            int ax = point ? nx + 1 : nx, ay = point ? ny + 1 : ny, az = point ? nz + 1 : nz;
            byte[] v = new byte[ax * ay * az];
            byte[] row = new byte[ax];
            for (int k = 0; k < az; k++) {
                for (int j = 0; j < ay; j++) {
                    in.readFully(row);
                    for (int i = 0; i < ax; i++) {
                        v[(i * ay + j) * az + k] = row[i];
                    }
                }
            }
            (point ? image.pointBytes : image.cellBytes).put(name, v);
        } else {
            float[] v = new float[nx * ny * nz];
            for (int k = 0; k < nz; k++) {
                for (int j = 0; j < ny; j++) {
                    for (int i = 0; i < nx; i++) {
                        v[(i * ny + j) * nz + k] = in.readFloat();
                    }
                }
            }
            image.cellFloats.put(name, v);
        }
    }

    private static String readLine(DataInputStream in, int[] line) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            bytes.write(b);
            if (bytes.size() > 4096) {
                throw new EOFException();
            }
        }
        if (b == -1 && bytes.size() == 0) {
            return null;
        }
        line[0]++;
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private static void expect(Path file, int[] line, String text, String start) throws InvalidInputException {
        if (text == null || !text.startsWith(start)) {
            throw new InvalidInputException(file + ":" + line[0] + ":1: expected '" + start + "'; not a legacy VTK grid "
                    + "written by the MRI heating service");
        }
    }

    private static int[] ints(Path file, int[] line, String text, String key, int n) throws InvalidInputException {
        double[] d = doubles(file, line, text, key, n);
        int[] r = new int[n];
        for (int a = 0; a < n; a++) {
            r[a] = (int) d[a];
        }
        return r;
    }

    private static double[] doubles(Path file, int[] line, String text, String key, int n) throws InvalidInputException {
        expect(file, line, text, key);
        String[] w = text.trim().split("\\s+");
        if (w.length != n + 1) {
            throw new InvalidInputException(file + ":" + line[0] + ":1: " + key + " needs " + n + " numbers");
        }
        double[] r = new double[n];
        for (int a = 0; a < n; a++) {
            r[a] = Double.parseDouble(w[a + 1]);
        }
        return r;
    }
}
