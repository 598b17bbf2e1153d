package org.vitruvian.services.mriheating.setup;

/**
 * Where things are in the grid, in metres: the gel, the device and its description, the
 * background probe point, and the body coil the field stage drives.
 *
 * @param gelMin lower corner of the gel (x, y, z)
 * @param gelMax upper corner of the gel
 * @param deviceMin lower corner of the device's bounding box
 * @param deviceMax upper corner of the device's bounding box
 * @param background the point where the background rise is reported (the device's position mirrored
 *        to the other half of the phantom, where the device does not reach)
 * @param coilRadius radius of the birdcage's rungs
 * @param coilLength length of the rungs (end rings at +-length/2)
 * @param rungs number of rungs
 * @param absorbingCells thickness of the absorbing layer (CPML) the field stage puts in the outer cells
 * @param device one-line description of the device
 */
public record Layout(double[] gelMin, double[] gelMax, double[] deviceMin, double[] deviceMax, double[] background,
        double coilRadius, double coilLength, int rungs, int absorbingCells, String device) {

    public double[] deviceCentre() {
        return new double[] { (deviceMin[0] + deviceMax[0]) / 2, (deviceMin[1] + deviceMax[1]) / 2,
                (deviceMin[2] + deviceMax[2]) / 2 };
    }
}
