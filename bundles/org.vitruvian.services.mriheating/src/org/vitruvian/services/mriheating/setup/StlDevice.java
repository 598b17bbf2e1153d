package org.vitruvian.services.mriheating.setup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vitruvian.services.mriheating.InvalidInputException;
import org.vitruvian.services.mriheating.internal.Json;

/**
 * A device from an STL file (binary or ASCII), scaled from the file's unit to metres and centred
 * on its bounding box. The surface must be closed, since inside and outside are told apart by
 * counting the crossings of a ray; the size is checked against the unit, because an STL file does
 * not say its unit and a part in metres read as millimetres is a thousand times too small.
 */
public final class StlDevice implements Device {

    /** Units an STL may be written in, with metres per unit. */
    public static final Map<String, Double> UNITS = Map.of("mm", 1e-3, "cm", 1e-2, "m", 1.0, "in", 0.0254);

    private final String name;
    private final float[] triangles; // 9 floats per triangle, metres, centred
    private final double[] min = new double[3];
    private final double[] max = new double[3];

    private StlDevice(String name, float[] triangles) {
        this.name = name;
        this.triangles = triangles;
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int t = 0; t < triangles.length; t += 3) {
            for (int a = 0; a < 3; a++) {
                min[a] = Math.min(min[a], triangles[t + a]);
                max[a] = Math.max(max[a], triangles[t + a]);
            }
        }
    }

    public int triangleCount() {
        return triangles.length / 9;
    }

    /**
     * Reads the file, checks that it is closed and that its size is plausible for an implant in
     * the given unit (0.5 mm to 400 mm across), and centres it.
     */
    public static StlDevice read(Path file, String unit) throws IOException, InvalidInputException {
        Double scale = UNITS.get(unit);
        if (scale == null) {
            throw new InvalidInputException("unknown STL unit '" + unit + "'; give one of mm, cm, m, in");
        }
        byte[] bytes = Files.readAllBytes(file);
        float[] raw = looksBinary(bytes) ? binary(file, bytes) : ascii(file, bytes);
        if (raw.length == 0) {
            throw new InvalidInputException(file + ": holds no triangles");
        }
        checkClosed(file, raw);
        double[] lo = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY };
        double[] hi = { Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY };
        for (int t = 0; t < raw.length; t += 3) {
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], raw[t + a]);
                hi[a] = Math.max(hi[a], raw[t + a]);
            }
        }
        double extent = Math.max(hi[0] - lo[0], Math.max(hi[1] - lo[1], hi[2] - lo[2])) * scale;
        if (extent < 0.5e-3 || extent > 0.4) {
            String guess = extent < 0.5e-3 ? "if the file is in metres, give --stl-units m"
                    : "if the file is in millimetres, give --stl-units mm";
            throw new InvalidInputException(String.format(Locale.ROOT, "%s: the part is %s %s across, which is %s mm: "
                    + "not the size of an implant (0.5 to 400 mm); %s", file, Json.number(extent / scale), unit,
                    Json.number(extent * 1000), guess));
        }
        float[] centred = new float[raw.length];
        for (int t = 0; t < raw.length; t += 3) {
            for (int a = 0; a < 3; a++) {
                centred[t + a] = (float) ((raw[t + a] - (lo[a] + hi[a]) / 2) * scale);
            }
        }
        return new StlDevice(file.getFileName().toString(), centred);
    }

    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 84) {
            long count = ByteBuffer.wrap(bytes, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
            if (84 + 50 * count == bytes.length) {
                return true;
            }
        }
        return false;
    }

    private static float[] binary(Path file, byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int count = buffer.getInt(80);
        float[] triangles = new float[count * 9];
        for (int t = 0; t < count; t++) {
            int base = 84 + t * 50 + 12; // skip the normal
            for (int v = 0; v < 9; v++) {
                triangles[t * 9 + v] = buffer.getFloat(base + 4 * v);
            }
        }
        return triangles;
    }

    private static float[] ascii(Path file, byte[] bytes) throws InvalidInputException {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        List<Float> values = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean solid = false;
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int column = line.indexOf(trimmed.charAt(0)) + 1;
            String[] words = trimmed.split("\\s+");
            switch (words[0]) {
                case "solid" -> solid = true;
                case "vertex" -> {
                    if (words.length != 4) {
                        throw new InvalidInputException(String.format(Locale.ROOT, "%s:%d:%d: a vertex has three coordinates, "
                                + "found %d; fix the line or export the STL again", file, l + 1, column, words.length - 1));
                    }
                    for (int a = 1; a < 4; a++) {
                        try {
                            values.add(Float.parseFloat(words[a]));
                        } catch (NumberFormatException e) {
                            int at = line.indexOf(words[a]) + 1;
                            throw new InvalidInputException(String.format(Locale.ROOT, "%s:%d:%d: '%s' is not a number; "
                                    + "fix the vertex or export the STL again", file, l + 1, at, words[a]));
                        }
                    }
                }
                case "facet", "outer", "endloop", "endfacet", "endsolid" -> {
                }
                default -> throw new InvalidInputException(String.format(Locale.ROOT, "%s:%d:%d: '%s' is not an STL keyword; "
                        + "the file is neither binary STL nor ASCII STL", file, l + 1, column, words[0]));
            }
        }
        if (!solid) {
            throw new InvalidInputException(file + ":1:1: not an STL file (no 'solid' line and not binary STL)");
        }
        if (values.size() % 9 != 0) {
            throw new InvalidInputException(file + ": a facet has not three vertices; export the STL again");
        }
        float[] triangles = new float[values.size()];
        for (int i = 0; i < triangles.length; i++) {
            triangles[i] = values.get(i);
        }
        return triangles;
    }

    /** Every edge of a closed surface belongs to exactly two triangles. */
    private static void checkClosed(Path file, float[] triangles) throws InvalidInputException {
        Map<String, Integer> vertexIds = new HashMap<>();
        Map<Long, Integer> edgeUses = new HashMap<>();
        int[] ids = new int[3];
        for (int t = 0; t < triangles.length; t += 9) {
            for (int v = 0; v < 3; v++) {
                String key = triangles[t + 3 * v] + "," + triangles[t + 3 * v + 1] + "," + triangles[t + 3 * v + 2];
                ids[v] = vertexIds.computeIfAbsent(key, k -> vertexIds.size());
            }
            for (int e = 0; e < 3; e++) {
                long a = Math.min(ids[e], ids[(e + 1) % 3]);
                long b = Math.max(ids[e], ids[(e + 1) % 3]);
                edgeUses.merge(a << 32 | b, 1, Integer::sum);
            }
        }
        long open = edgeUses.values().stream().filter(n -> n != 2).count();
        if (open > 0) {
            throw new InvalidInputException(file + ": the surface is not closed (" + open + " of " + edgeUses.size()
                    + " edges do not belong to exactly two triangles); repair it (e.g. MeshLab, 'close holes') so that "
                    + "inside and outside can be told apart");
        }
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s (%d triangles), %.1f x %.1f x %.1f mm", name, triangleCount(),
                (max[0] - min[0]) * 1000, (max[1] - min[1]) * 1000, (max[2] - min[2]) * 1000);
    }

    @Override
    public double[] min() {
        return min.clone();
    }

    @Override
    public double[] max() {
        return max.clone();
    }

    /** Crossings of the line (y, z) with the triangles, paired by parity. */
    @Override
    public double[] insideAlongX(double yLine, double zLine) {
        // Grid lines often pass exactly through vertices and edges of a part drawn on round
        // millimetres; a shift far below any cell size keeps the crossings unambiguous.
        double y = yLine + 1.37e-9, z = zLine + 2.71e-9;
        double[] hits = new double[16];
        int n = 0;
        for (int t = 0; t < triangles.length; t += 9) {
            double ay = triangles[t + 1], az = triangles[t + 2];
            double by = triangles[t + 4], bz = triangles[t + 5];
            double cy = triangles[t + 7], cz = triangles[t + 8];
            // Barycentric coordinates of (y, z) in the triangle's projection onto the y-z plane.
            double det = (by - ay) * (cz - az) - (cy - ay) * (bz - az);
            if (det == 0) {
                continue;
            }
            double u = ((y - ay) * (cz - az) - (cy - ay) * (z - az)) / det;
            double v = ((by - ay) * (z - az) - (y - ay) * (bz - az)) / det;
            // Half-open bounds so that a line through a shared edge counts once.
            if (u < 0 || v < 0 || u + v >= 1) {
                continue;
            }
            double x = triangles[t] + u * (triangles[t + 3] - triangles[t]) + v * (triangles[t + 6] - triangles[t]);
            if (n == hits.length) {
                hits = Arrays.copyOf(hits, n * 2);
            }
            hits[n++] = x;
        }
        double[] sorted = Arrays.copyOf(hits, n);
        Arrays.sort(sorted);
        // An odd count means the line grazed an edge or vertex: the last crossing is dropped.
        return n % 2 == 0 ? sorted : Arrays.copyOf(sorted, n - 1);
    }
}
