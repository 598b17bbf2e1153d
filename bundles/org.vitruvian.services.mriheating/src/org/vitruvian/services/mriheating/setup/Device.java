package org.vitruvian.services.mriheating.setup;

import java.util.List;

/**
 * A passive implant's shape in its own coordinates (metres, centred on its bounding box), as the
 * voxeliser asks for it: the stretches of a line parallel to x that lie inside, and a skeleton of
 * axis-parallel lines and rectangles that keeps parts thinner than a cell conducting on the grid.
 */
public interface Device {

    String describe();

    /** Lower corner of the bounding box. */
    double[] min();

    /** Upper corner of the bounding box. */
    double[] max();

    /** Sorted pairs x_in, x_out of the stretches of the line (y, z) parallel to x inside the device. */
    double[] insideAlongX(double y, double z);

    /** Axis-parallel segments {x0,y0,z0,x1,y1,z1} and rectangles (two equal coordinates) that must conduct. */
    default List<double[]> skeleton() {
        return List.of();
    }
}
