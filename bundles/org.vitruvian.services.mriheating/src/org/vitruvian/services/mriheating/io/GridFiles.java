package org.vitruvian.services.mriheating.io;

import java.io.IOException;
import java.nio.file.Path;

import org.vitruvian.services.mriheating.InvalidInputException;
import org.vitruvian.services.mriheating.setup.Layout;
import org.vitruvian.services.mriheating.setup.Material;
import org.vitruvian.services.mriheating.setup.VoxelGrid;

/** A {@link VoxelGrid} as a VTK image: labels per cell, conducting edges per node, materials and layout as field data. */
public final class GridFiles {

    public static final String LABELS = "material";
    public static final String EDGES = "point_conducting_edges";

    private GridFiles() {
    }

    public static VtkImage image(VoxelGrid g, String title) {
        VtkImage image = new VtkImage(title, g.nx, g.ny, g.nz, g.cell, g.x0, g.y0, g.z0);
        for (int l = 0; l < g.materials.length; l++) {
            Material m = g.materials[l];
            image.fieldData.put("material_" + l + "_" + m.name(), new double[] { m.relativePermittivity(), m.conductivity(),
                    m.density(), m.heatCapacity(), m.thermalConductivity(), m.perfusion(), m.conductor() ? 1 : 0 });
        }
        Layout y = g.layout;
        image.fieldData.put("gel_min", y.gelMin());
        image.fieldData.put("gel_max", y.gelMax());
        image.fieldData.put("device_min", y.deviceMin());
        image.fieldData.put("device_max", y.deviceMax());
        image.fieldData.put("background_point", y.background());
        image.fieldData.put("coil", new double[] { y.coilRadius(), y.coilLength(), y.rungs(), y.absorbingCells() });
        image.cellBytes.put(LABELS, g.labels);
        image.pointBytes.put(EDGES, g.edges);
        return image;
    }

    /** The grid of a setup file; the device description is the file's title. */
    public static VoxelGrid grid(VtkImage image, Path file) throws InvalidInputException {
        Material[] materials = new Material[3];
        for (var e : image.fieldData.entrySet()) {
            if (e.getKey().startsWith("material_")) {
                String[] parts = e.getKey().split("_", 3);
                int label = Integer.parseInt(parts[1]);
                double[] v = e.getValue();
                if (label < 0 || label > 2 || v.length != 7) {
                    throw new InvalidInputException(file + ": field data " + e.getKey() + " is not a material of this service");
                }
                materials[label] = new Material(parts[2], v[0], v[1], v[2], v[3], v[4], v[5], v[6] != 0);
            }
        }
        byte[] labels = image.cellBytes.get(LABELS);
        byte[] edges = image.pointBytes.get(EDGES);
        double[] coil = image.fieldData.get("coil");
        if (materials[0] == null || materials[1] == null || materials[2] == null || labels == null || edges == null
                || coil == null || image.fieldData.get("gel_min") == null) {
            throw new InvalidInputException(file + ": lacks the materials, labels, conducting edges or layout of a set-up "
                    + "grid; give the output of the setup step");
        }
        for (byte l : labels) {
            if (l < 0 || l > 2) {
                throw new InvalidInputException(file + ": a cell has material label " + l + "; labels are 0 air, 1 gel, 2 device");
            }
        }
        Layout layout = new Layout(image.fieldData.get("gel_min"), image.fieldData.get("gel_max"),
                image.fieldData.get("device_min"), image.fieldData.get("device_max"),
                image.fieldData.get("background_point"), coil[0], coil[1], (int) coil[2], (int) coil[3], image.title);
        return new VoxelGrid(image.nx, image.ny, image.nz, image.cell, image.x0, image.y0, image.z0, labels, edges,
                materials, layout);
    }

    public static VoxelGrid read(Path file) throws IOException, InvalidInputException {
        return grid(VtkImage.read(file), file);
    }
}
