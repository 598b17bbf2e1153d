package org.vitruvian.services.mriheating.setup;

import java.util.List;
import java.util.Locale;

/** A straight wire or rod along z: a solid cylinder of given length and diameter, in metres. */
public record Cylinder(String kind, double length, double diameter) implements Device {

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "straight %s, %.1f mm long, %.2f mm in diameter, along z", kind,
                length * 1000, diameter * 1000);
    }

    @Override
    public double[] min() {
        return new double[] { -diameter / 2, -diameter / 2, -length / 2 };
    }

    @Override
    public double[] max() {
        return new double[] { diameter / 2, diameter / 2, length / 2 };
    }

    @Override
    public double[] insideAlongX(double y, double z) {
        double r = diameter / 2;
        if (Math.abs(z) > length / 2 || Math.abs(y) >= r) {
            return new double[0];
        }
        double half = Math.sqrt(r * r - y * y);
        return new double[] { -half, half };
    }

    /** The axis: a wire thinner than a cell is a line of conducting z-edges (the classic FDTD thin wire). */
    @Override
    public List<double[]> skeleton() {
        return List.of(new double[] { 0, 0, -length / 2, 0, 0, length / 2 });
    }
}
