package org.vitruvian.services.mriheating.setup;

import java.util.Locale;

import org.vitruvian.services.mriheating.ProgressListener;

/**
 * The ASTM F2182 test set-up on a uniform grid: the standard's rectangular phantom of gelled
 * saline (the torso part of the container, 65 cm long and 42 cm wide, filled 9 cm deep), the
 * device in it, and air around both out to the body coil and the absorbing layer. Axes: z along
 * the bore (the phantom's length), x across (its width), y up (its depth). The phantom is centred
 * on the coil's isocentre; the gel's mid-plane is y = 0.
 */
public final class AstmPhantom {

    /** Gel: 65 cm x 42 cm in plan, 9 cm deep (ASTM F2182: torso container, fill depth 9 cm). */
    public static final double GEL_LENGTH = 0.65;
    public static final double GEL_WIDTH = 0.42;
    public static final double GEL_DEPTH = 0.09;
    /** Gel conductivity 0.47 S/m (F2182: 0.47 +- 10 %), relative permittivity 80 (F2182: 80 +- 20). */
    public static final double GEL_CONDUCTIVITY = 0.47;
    public static final double GEL_PERMITTIVITY = 80;
    /** Gel heat capacity 4150 J/(kg K) and diffusivity 1.3e-7 m2/s (F2182); density that of water. */
    public static final double GEL_HEAT_CAPACITY = 4150;
    public static final double GEL_DIFFUSIVITY = 1.3e-7;
    public static final double GEL_DENSITY = 1000;
    /** Device 2 cm from the phantom's side wall when placed laterally (F2182 puts it where E is high). */
    public static final double WALL_DISTANCE = 0.02;
    /** Idealised body coil: 16 rungs on a radius of 30 cm, 45 cm long (a 60 cm bore). */
    public static final double COIL_RADIUS = 0.30;
    public static final double COIL_LENGTH = 0.45;
    public static final int RUNGS = 16;
    public static final int ABSORBING_CELLS = 8;
    /** Air between the coil (or the phantom's ends) and the absorbing layer. */
    public static final double AIR_MARGIN = 0.02;

    /** Alloys a passive device may be made of: conductivity (S/m), density, heat capacity, thermal conductivity. */
    public enum Alloy {
        TI6AL4V("ti6al4v", 5.8e5, 4430, 526, 6.7),
        COCR("cocr", 1.1e6, 8300, 450, 14.8),
        STAINLESS_316L("stainless-316l", 1.35e6, 8000, 500, 16.3),
        NITINOL("nitinol", 1.2e6, 6450, 320, 18);

        public final String id;
        public final double conductivity;
        public final double density;
        public final double heatCapacity;
        public final double thermalConductivity;

        Alloy(String id, double conductivity, double density, double heatCapacity, double thermalConductivity) {
            this.id = id;
            this.conductivity = conductivity;
            this.density = density;
            this.heatCapacity = heatCapacity;
            this.thermalConductivity = thermalConductivity;
        }

        public static Alloy of(String id) {
            for (Alloy alloy : values()) {
                if (alloy.id.equals(id)) {
                    return alloy;
                }
            }
            throw new IllegalArgumentException(id);
        }
    }

    /**
     * @param cell cell edge, m
     * @param gelConductivity S/m
     * @param gelPermittivity relative
     * @param placement "lateral" (2 cm from the side wall) or "central"
     * @param alloy the device's material
     */
    public record Spec(double cell, double gelConductivity, double gelPermittivity, String placement, Alloy alloy) {
    }

    private AstmPhantom() {
    }

    public static Material[] materials(Spec spec) {
        double gelConductivity = GEL_DIFFUSIVITY * GEL_DENSITY * GEL_HEAT_CAPACITY;
        return new Material[] { new Material("air", 1, 0, 1.2, 1005, 0.026, 0, false),
                new Material("gel", spec.gelPermittivity(), spec.gelConductivity(), GEL_DENSITY, GEL_HEAT_CAPACITY,
                        gelConductivity, 0, false),
                new Material(spec.alloy().id, 1, spec.alloy().conductivity, spec.alloy().density,
                        spec.alloy().heatCapacity, spec.alloy().thermalConductivity, 0, true) };
    }

    /** Builds the grid with the device placed and voxelised. */
    public static VoxelGrid build(Spec spec, Device device, ProgressListener progress) {
        double h = spec.cell();
        double halfXY = COIL_RADIUS + AIR_MARGIN + ABSORBING_CELLS * h;
        double halfZ = Math.max(GEL_LENGTH / 2, COIL_LENGTH / 2) + AIR_MARGIN + ABSORBING_CELLS * h;
        // Whole cells on each side of the origin, so that x = y = z = 0 is a node.
        int cx = (int) Math.ceil(halfXY / h);
        int cz = (int) Math.ceil(halfZ / h);
        int nx = 2 * cx;
        int ny = 2 * cx;
        int nz = 2 * cz;
        double x0 = -cx * h;
        double y0 = -cx * h;
        double z0 = -cz * h;
        byte[] labels = new byte[nx * ny * nz];
        double[] gelMin = { -GEL_WIDTH / 2, -GEL_DEPTH / 2, -GEL_LENGTH / 2 };
        double[] gelMax = { GEL_WIDTH / 2, GEL_DEPTH / 2, GEL_LENGTH / 2 };
        progress.progress(0, "filling the phantom with gel");
        for (int i = 0; i < nx; i++) {
            double x = x0 + (i + 0.5) * h;
            for (int j = 0; j < ny; j++) {
                double y = y0 + (j + 0.5) * h;
                for (int k = 0; k < nz; k++) {
                    double z = z0 + (k + 0.5) * h;
                    if (in(x, gelMin[0], gelMax[0]) && in(y, gelMin[1], gelMax[1]) && in(z, gelMin[2], gelMax[2])) {
                        labels[(i * ny + j) * nz + k] = Material.GEL;
                    }
                }
            }
        }
        // Place: device centre on a node, lateral = its side 2 cm from the +x wall.
        double[] dmin = device.min();
        double[] dmax = device.max();
        double offsetX = spec.placement().equals("lateral") ? gelMax[0] - WALL_DISTANCE - dmax[0] : 0;
        double[] offset = { snap(offsetX, h), 0, 0 };
        double[] placedMin = { dmin[0] + offset[0], dmin[1] + offset[1], dmin[2] + offset[2] };
        double[] placedMax = { dmax[0] + offset[0], dmax[1] + offset[1], dmax[2] + offset[2] };
        for (int a = 0; a < 3; a++) {
            if (placedMin[a] < gelMin[a] || placedMax[a] > gelMax[a]) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the device (%.0f x %.0f x %.0f mm) does not fit "
                        + "in the gel (%.0f x %.0f x %.0f mm) at the %s position", (dmax[0] - dmin[0]) * 1000,
                        (dmax[1] - dmin[1]) * 1000, (dmax[2] - dmin[2]) * 1000, GEL_WIDTH * 1000, GEL_DEPTH * 1000,
                        GEL_LENGTH * 1000, spec.placement()));
            }
        }
        byte[] edges = new byte[(nx + 1) * (ny + 1) * (nz + 1)];
        VoxelGrid grid = new VoxelGrid(nx, ny, nz, h, x0, y0, z0, labels, edges, materials(spec),
                new Layout(gelMin, gelMax, placedMin, placedMax, new double[] { -offset[0], offset[1], offset[2] },
                        COIL_RADIUS, COIL_LENGTH, RUNGS, ABSORBING_CELLS, device.describe()));
        progress.progress(0.5, "voxelising the device");
        Voxeliser.place(grid, device, offset);
        progress.progress(1, "done");
        return grid;
    }

    /**
     * Half-open, so that a side falling on a row of cell centres (65 cm on 1 cm cells) still gives
     * whole cells: the row at the lower side is in, the one at the upper side out.
     */
    private static boolean in(double x, double min, double max) {
        return x >= min - 1e-9 && x < max - 1e-9;
    }

    private static double snap(double value, double h) {
        return Math.round(value / h) * h;
    }
}
