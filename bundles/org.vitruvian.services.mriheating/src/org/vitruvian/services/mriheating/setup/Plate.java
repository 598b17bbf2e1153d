package org.vitruvian.services.mriheating.setup;

import java.util.List;
import java.util.Locale;

/** A flat plate lying in the x-z plane: width along x, length along z, thickness along y, in metres. */
public record Plate(double width, double length, double thickness) implements Device {

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "plate %.1f x %.1f x %.2f mm (x, z, y)", width * 1000, length * 1000,
                thickness * 1000);
    }

    @Override
    public double[] min() {
        return new double[] { -width / 2, -thickness / 2, -length / 2 };
    }

    @Override
    public double[] max() {
        return new double[] { width / 2, thickness / 2, length / 2 };
    }

    @Override
    public double[] insideAlongX(double y, double z) {
        if (Math.abs(y) > thickness / 2 || Math.abs(z) > length / 2) {
            return new double[0];
        }
        return new double[] { -width / 2, width / 2 };
    }

    /** The mid-plane: a plate thinner than a cell is a sheet of conducting x- and z-edges. */
    @Override
    public List<double[]> skeleton() {
        return List.of(new double[] { -width / 2, 0, -length / 2, width / 2, 0, length / 2 });
    }
}
