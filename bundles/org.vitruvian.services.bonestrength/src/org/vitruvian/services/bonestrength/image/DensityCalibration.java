package org.vitruvian.services.bonestrength.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vitruvian.services.bonestrength.InvalidInputException;

/**
 * From Hounsfield units to bone density. The mean CT number of each calibration rod, of known
 * K2HPO4 concentration, gives a straight line HU = a + b rho_QCT; inverting it turns every voxel
 * of the patient's CT, scanned with the same protocol, into equivalent mineral density. Ash
 * density follows from the linear relation of Schileo et al. (2008, J Biomech 41:2483),
 * rho_ash = 0.877 rho_QCT + 0.0789 g/cm3, the density the modulus relation is written for.
 *
 * <p>The rods are described in the phantom volume's header, key {@value #RODS_KEY}, as
 * {@code x,y,radius} triples in millimetres separated by semicolons, in the order of the rod
 * densities given to the step: rods run along the scanner's z axis, as they lie on the table.
 */
public final class DensityCalibration {

    /** NRRD key of the rods' positions and radii. */
    public static final String RODS_KEY = "calibration rods";
    /** Schileo et al. 2008: rho_ash = ASH_SLOPE rho_QCT + ASH_INTERCEPT (g/cm3). */
    public static final double ASH_SLOPE = 0.877;
    public static final double ASH_INTERCEPT = 0.0789;

    /** A rod of the phantom: its axis at (x, y), mm, and its radius. */
    public record Rod(double x, double y, double radius) {
    }

    /** One rod's measurement. */
    public record RodMeasurement(double density, double meanHu, double standardDeviation, int voxels) {
    }

    /**
     * The fitted line HU = intercept + slope * rho (rho in mg/cm3 K2HPO4) and how well it fits.
     */
    public record Fit(double intercept, double slope, double rSquared, List<RodMeasurement> rods) {

        /** Equivalent mineral density in g/cm3 of a voxel of this CT number. */
        public double mineralDensity(double hu) {
            return (hu - intercept) / slope / 1000;
        }

        public String describe() {
            return String.format(Locale.ROOT, "HU = %.2f + %.4f rho (mg/cm3), R2 = %.5f over %d rods", intercept, slope,
                    rSquared, rods.size());
        }
    }

    private DensityCalibration() {
    }

    /** The rods a phantom volume's header describes. */
    public static List<Rod> rods(Volume phantom, String source) throws InvalidInputException {
        String text = phantom.metadata().get(RODS_KEY);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(source + ": the header does not say where the calibration rods are; add a "
                    + "line '" + RODS_KEY + ":=x,y,radius;x,y,radius;...' (mm, one triple per rod, in the order of "
                    + "the rod densities)");
        }
        List<Rod> rods = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] numbers = part.trim().split("\\s*,\\s*");
            if (numbers.length != 3) {
                throw new InvalidInputException(source + ": '" + RODS_KEY + "' has '" + part.trim() + "' where x,y,radius "
                        + "belongs");
            }
            try {
                Rod rod = new Rod(Double.parseDouble(numbers[0]), Double.parseDouble(numbers[1]),
                        Double.parseDouble(numbers[2]));
                if (!(rod.radius() > 0)) {
                    throw new NumberFormatException();
                }
                rods.add(rod);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(source + ": '" + RODS_KEY + "' has '" + part.trim() + "', which is not "
                        + "three numbers with a positive radius");
            }
        }
        return rods;
    }

    /**
     * Fits the calibration line to the rods. Each rod's CT number is the mean over the voxels
     * within 70 % of its radius, away from the first and last tenth of the slices, where the
     * rod's edges and ends blur into the surrounding material.
     */
    public static Fit fit(Volume phantom, List<Rod> rods, double[] densities, String source) throws InvalidInputException {
        if (rods.size() != densities.length) {
            throw new InvalidInputException(source + ": the header describes " + rods.size() + " rods but "
                    + densities.length + " rod densities were given; give one density per rod");
        }
        if (rods.size() < 2) {
            throw new InvalidInputException(source + ": a calibration line needs at least two rods");
        }
        int nz = phantom.nz();
        int skip = nz >= 10 ? nz / 10 : 0;
        List<RodMeasurement> measured = new ArrayList<>();
        for (int r = 0; r < rods.size(); r++) {
            Rod rod = rods.get(r);
            double sum = 0;
            double squares = 0;
            int count = 0;
            double inner = 0.7 * rod.radius();
            for (int k = skip; k < nz - skip; k++) {
                for (int j = 0; j < phantom.ny(); j++) {
                    double y = phantom.origin()[1] + j * phantom.spacing()[1];
                    for (int i = 0; i < phantom.nx(); i++) {
                        double x = phantom.origin()[0] + i * phantom.spacing()[0];
                        if ((x - rod.x()) * (x - rod.x()) + (y - rod.y()) * (y - rod.y()) <= inner * inner) {
                            double hu = phantom.get(i, j, k);
                            sum += hu;
                            squares += hu * hu;
                            count++;
                        }
                    }
                }
            }
            if (count < 5) {
                throw new InvalidInputException(String.format(Locale.ROOT, "%s: rod %d at (%.1f, %.1f) mm covers %d voxels "
                        + "of the volume; check '%s' against the image", source, r + 1, rod.x(), rod.y(), count, RODS_KEY));
            }
            double mean = sum / count;
            double deviation = Math.sqrt(Math.max(0, squares / count - mean * mean));
            measured.add(new RodMeasurement(densities[r], mean, deviation, count));
        }
        double n = measured.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (RodMeasurement m : measured) {
            sx += m.density();
            sy += m.meanHu();
            sxx += m.density() * m.density();
            sxy += m.density() * m.meanHu();
        }
        double denominator = n * sxx - sx * sx;
        if (Math.abs(denominator) < 1e-12) {
            throw new InvalidInputException(source + ": all rods have the same density; a line needs different ones");
        }
        double slope = (n * sxy - sx * sy) / denominator;
        double intercept = (sy - slope * sx) / n;
        double meanHu = sy / n;
        double residual = 0;
        double total = 0;
        for (RodMeasurement m : measured) {
            double predicted = intercept + slope * m.density();
            residual += (m.meanHu() - predicted) * (m.meanHu() - predicted);
            total += (m.meanHu() - meanHu) * (m.meanHu() - meanHu);
        }
        double rSquared = total > 0 ? 1 - residual / total : 0;
        if (!(slope > 0)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s: CT numbers fall as rod density rises (slope "
                    + "%.4f HU per mg/cm3); the rods in the header are in another order than the densities", source, slope));
        }
        return new Fit(intercept, slope, rSquared, measured);
    }

    /** Ash density (g/cm3) of every voxel of a CT in Hounsfield units. */
    public static Volume ashDensity(Volume ct, Fit fit) {
        float[] hu = ct.values();
        float[] ash = new float[hu.length];
        for (int v = 0; v < hu.length; v++) {
            ash[v] = (float) (ASH_SLOPE * fit.mineralDensity(hu[v]) + ASH_INTERCEPT);
        }
        return ct.with(ash, Map.of("quantity", "ash density (g/cm3)"));
    }
}
