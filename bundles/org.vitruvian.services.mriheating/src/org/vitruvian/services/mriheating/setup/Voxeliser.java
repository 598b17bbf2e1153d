package org.vitruvian.services.mriheating.setup;

/**
 * Puts a device on the grid. A cell whose centre lies inside is a device cell (for the thermal
 * solver); an edge of the Yee grid whose midpoint lies inside conducts (for the field solver).
 * The device's skeleton, snapped to the nearest nodes, conducts as well, so that a wire or a
 * plate thinner than a cell is still a conductor of the right length, as thin-wire FDTD models
 * have it.
 */
public final class Voxeliser {

    private Voxeliser() {
    }

    public static void place(VoxelGrid g, Device device, double[] offset) {
        double h = g.cell;
        double[] min = device.min();
        double[] max = device.max();
        int i0 = Math.max(0, (int) Math.floor((min[0] + offset[0] - g.x0) / h) - 1);
        int i1 = Math.min(g.nx, (int) Math.ceil((max[0] + offset[0] - g.x0) / h) + 1);
        int j0 = Math.max(0, (int) Math.floor((min[1] + offset[1] - g.y0) / h) - 1);
        int j1 = Math.min(g.ny, (int) Math.ceil((max[1] + offset[1] - g.y0) / h) + 1);
        int k0 = Math.max(0, (int) Math.floor((min[2] + offset[2] - g.z0) / h) - 1);
        int k1 = Math.min(g.nz, (int) Math.ceil((max[2] + offset[2] - g.z0) / h) + 1);
        for (int j = j0; j <= j1; j++) {
            for (int k = k0; k <= k1; k++) {
                double yNode = g.y0 + j * h - offset[1];
                double yMid = yNode + h / 2;
                double zNode = g.z0 + k * h - offset[2];
                double zMid = zNode + h / 2;
                double[] cells = device.insideAlongX(yMid, zMid);
                double[] xEdges = device.insideAlongX(yNode, zNode);
                double[] yEdges = device.insideAlongX(yMid, zNode);
                double[] zEdges = device.insideAlongX(yNode, zMid);
                for (int i = i0; i <= i1; i++) {
                    double xNode = g.x0 + i * h - offset[0];
                    double xMid = xNode + h / 2;
                    if (i < g.nx && j < g.ny && k < g.nz && inside(cells, xMid)) {
                        g.labels[g.cellIndex(i, j, k)] = Material.DEVICE;
                    }
                    int node = g.nodeIndex(i, j, k);
                    if (i < g.nx && inside(xEdges, xMid)) {
                        g.edges[node] |= VoxelGrid.EDGE_X;
                    }
                    if (j < g.ny && inside(yEdges, xNode)) {
                        g.edges[node] |= VoxelGrid.EDGE_Y;
                    }
                    if (k < g.nz && inside(zEdges, xNode)) {
                        g.edges[node] |= VoxelGrid.EDGE_Z;
                    }
                }
            }
        }
        for (double[] s : device.skeleton()) {
            int a0 = node(s[0] + offset[0], g.x0, h), a1 = node(s[3] + offset[0], g.x0, h);
            int b0 = node(s[1] + offset[1], g.y0, h), b1 = node(s[4] + offset[1], g.y0, h);
            int c0 = node(s[2] + offset[2], g.z0, h), c1 = node(s[5] + offset[2], g.z0, h);
            for (int i = a0; i <= a1; i++) {
                for (int j = b0; j <= b1; j++) {
                    for (int k = c0; k <= c1; k++) {
                        int node = g.nodeIndex(i, j, k);
                        if (i < a1) {
                            g.edges[node] |= VoxelGrid.EDGE_X;
                        }
                        if (j < b1) {
                            g.edges[node] |= VoxelGrid.EDGE_Y;
                        }
                        if (k < c1) {
                            g.edges[node] |= VoxelGrid.EDGE_Z;
                        }
                    }
                }
            }
        }
    }

    private static int node(double x, double origin, double h) {
        return (int) Math.round((x - origin) / h);
    }

    private static boolean inside(double[] intervals, double x) {
        for (int p = 0; p + 1 < intervals.length; p += 2) {
            if (x >= intervals[p] && x <= intervals[p + 1]) {
                return true;
            }
        }
        return false;
    }
}
