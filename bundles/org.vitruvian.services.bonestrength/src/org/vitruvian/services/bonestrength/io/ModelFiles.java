package org.vitruvian.services.bonestrength.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.bonestrength.io.LegacyVtk.DataArray;
import org.vitruvian.services.bonestrength.io.LegacyVtk.Grid;

/**
 * Voxel models as VTK files, the format the mesh, solve and strength steps pass on: the mesh with
 * its moduli, then with strains and displacements added. A file written by any tool is accepted
 * when its cells are axis-aligned cubes of one size; the solver needs that and says so otherwise.
 */
public final class ModelFiles {

    /** Cell array of Young's moduli, MPa. */
    public static final String MODULUS = "youngs_modulus";
    /** Cell array of mean ash densities, g/cm3. */
    public static final String ASH_DENSITY = "ash_density";
    /** Field data: element edge, mm. */
    public static final String ELEMENT_SIZE = "element_size";

    private ModelFiles() {
    }

    /**
     * A model read from a file, with the file's other arrays in the model's element and node
     * order.
     */
    public record Loaded(VoxelModel model, Map<String, double[]> fieldData, Map<String, DataArray> cellData,
            Map<String, DataArray> pointData) {

        /** A cell array with one value per element, or null. */
        public float[] cellScalars(String name) {
            DataArray array = cellData.get(name);
            return array != null && array.components() == 1 ? array.values() : null;
        }

        public double[] field(String name) {
            return fieldData.get(name);
        }
    }

    /** The model as a grid: points, cells, moduli and densities, and the element size. */
    public static Grid grid(VoxelModel model, String title, Map<String, double[]> fieldData,
            Map<String, DataArray> cellData, Map<String, DataArray> pointData) {
        float[] points = new float[3 * model.nodeCount()];
        for (int n = 0; n < model.nodeCount(); n++) {
            double[] position = model.nodePosition(n);
            for (int c = 0; c < 3; c++) {
                points[3 * n + c] = (float) position[c];
            }
        }
        int[] cells = new int[8 * model.elementCount()];
        for (int e = 0; e < model.elementCount(); e++) {
            System.arraycopy(model.vtkNodes(e), 0, cells, 8 * e, 8);
        }
        Map<String, double[]> fields = new LinkedHashMap<>();
        fields.put(ELEMENT_SIZE, new double[] { model.elementSize() });
        fields.putAll(fieldData);
        Map<String, DataArray> cellArrays = new LinkedHashMap<>();
        cellArrays.put(MODULUS, new DataArray(1, model.moduli().clone()));
        if (model.densities() != null) {
            cellArrays.put(ASH_DENSITY, new DataArray(1, model.densities().clone()));
        }
        cellArrays.putAll(cellData);
        return new Grid(title, points, cells, fields, cellArrays, pointData);
    }

    public static void write(VoxelModel model, String title, Map<String, double[]> fieldData,
            Map<String, DataArray> cellData, Map<String, DataArray> pointData, Path file) throws IOException {
        LegacyVtk.write(grid(model, title, fieldData, cellData, pointData), file);
    }

    public static Loaded read(Path file) throws InvalidInputException, IOException {
        Grid grid = LegacyVtk.read(file);
        return fromGrid(file, grid);
    }

    static Loaded fromGrid(Path file, Grid grid) throws InvalidInputException {
        int cellCount = grid.cellCount();
        if (cellCount == 0) {
            throw new InvalidInputException(file + ": has no cells; mesh a non-empty mask");
        }
        float[] points = grid.points();
        int[] cells = grid.cells();
        double size = distance(points, cells[0], cells[1]);
        if (!(size > 0)) {
            throw new InvalidInputException(file + ": cell 0 has no extent; the file is damaged");
        }
        double[] stated = grid.fieldData().get(ELEMENT_SIZE);
        if (stated != null && stated.length == 1 && Math.abs(stated[0] - size) < 1e-4 * size) {
            // The points are single precision; the stated size is the one the mesh was made with.
            size = stated[0];
        }
        for (Map.Entry<String, DataArray> entry : grid.cellData().entrySet()) {
            checkLength(file, "cell", entry.getKey(), entry.getValue(), cellCount);
        }
        for (Map.Entry<String, DataArray> entry : grid.pointData().entrySet()) {
            checkLength(file, "point", entry.getKey(), entry.getValue(), grid.pointCount());
        }
        double[] origin = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
        for (int c = 0; c < cellCount; c++) {
            for (int a = 0; a < 3; a++) {
                origin[a] = Math.min(origin[a], points[3 * cells[8 * c] + a]);
            }
        }
        int[][] offsets = { { 0, 0, 0 }, { 1, 0, 0 }, { 1, 1, 0 }, { 0, 1, 0 }, { 0, 0, 1 }, { 1, 0, 1 }, { 1, 1, 1 },
                { 0, 1, 1 } };
        double tolerance = 1e-3 * size;
        int[] ijk = new int[3 * cellCount];
        int[] counts = new int[3];
        for (int c = 0; c < cellCount; c++) {
            int corner = cells[8 * c];
            for (int a = 0; a < 3; a++) {
                double steps = (points[3 * corner + a] - origin[a]) / size;
                ijk[3 * c + a] = (int) Math.round(steps);
                counts[a] = Math.max(counts[a], ijk[3 * c + a] + 1);
            }
            for (int k = 0; k < 8; k++) {
                int point = cells[8 * c + k];
                for (int a = 0; a < 3; a++) {
                    double expected = origin[a] + (ijk[3 * c + a] + offsets[k][a]) * size;
                    if (Math.abs(points[3 * point + a] - expected) > tolerance) {
                        throw new InvalidInputException(String.format(Locale.ROOT, "%s: cell %d is not an axis-aligned "
                                + "cube of edge %.4f mm on the grid of cell 0; the solver needs a voxel mesh such as the "
                                + "mesh step writes", file, c, size));
                    }
                }
            }
        }
        long gridCells = (long) counts[0] * counts[1] * counts[2];
        if (gridCells > Integer.MAX_VALUE || (long) (counts[0] + 1) * (counts[1] + 1) * (counts[2] + 1) > Integer.MAX_VALUE) {
            throw new InvalidInputException(file + ": the mesh spans too many grid cells");
        }
        long[] keyed = new long[cellCount];
        for (int c = 0; c < cellCount; c++) {
            long linear = ijk[3 * c] + (long) counts[0] * (ijk[3 * c + 1] + (long) counts[1] * ijk[3 * c + 2]);
            keyed[c] = (linear << 32) | c;
        }
        java.util.Arrays.sort(keyed);
        int[] order = new int[cellCount];
        int[] linearCells = new int[cellCount];
        for (int e = 0; e < cellCount; e++) {
            linearCells[e] = (int) (keyed[e] >>> 32);
            order[e] = (int) keyed[e];
            if (e > 0 && linearCells[e] == linearCells[e - 1]) {
                throw new InvalidInputException(file + ": cells " + order[e - 1] + " and " + order[e] + " occupy the same "
                        + "place");
            }
        }
        Map<String, DataArray> cellData = new LinkedHashMap<>();
        for (Map.Entry<String, DataArray> entry : grid.cellData().entrySet()) {
            cellData.put(entry.getKey(), reorder(entry.getValue(), order));
        }
        DataArray modulusArray = cellData.get(MODULUS);
        if (modulusArray == null || modulusArray.components() != 1) {
            throw new InvalidInputException(file + ": has no cell array '" + MODULUS + "' (Young's modulus per element, "
                    + "MPa); give the mesh the mesh step wrote");
        }
        for (int e = 0; e < cellCount; e++) {
            float value = modulusArray.values()[e];
            if (!(value > 0) || !Float.isFinite(value)) {
                throw new InvalidInputException(file + ": cell " + order[e] + " has a Young's modulus of " + value
                        + " MPa; moduli must be positive");
            }
        }
        DataArray densityArray = cellData.get(ASH_DENSITY);
        VoxelModel model = new VoxelModel(counts[0], counts[1], counts[2], size, origin, linearCells,
                modulusArray.values(), densityArray == null ? null : densityArray.values());
        int[] pointOrder = new int[model.nodeCount()];
        java.util.Arrays.fill(pointOrder, -1);
        for (int c = 0; c < cellCount; c++) {
            for (int k = 0; k < 8; k++) {
                int point = cells[8 * c + k];
                int node = model.node(model.nodeGridIndex(ijk[3 * c] + offsets[k][0], ijk[3 * c + 1] + offsets[k][1],
                        ijk[3 * c + 2] + offsets[k][2]));
                pointOrder[node] = point;
            }
        }
        Map<String, DataArray> pointData = new LinkedHashMap<>();
        for (Map.Entry<String, DataArray> entry : grid.pointData().entrySet()) {
            pointData.put(entry.getKey(), reorder(entry.getValue(), pointOrder));
        }
        return new Loaded(model, new LinkedHashMap<>(grid.fieldData()), cellData, pointData);
    }

    private static void checkLength(Path file, String kind, String name, DataArray array, int count)
            throws InvalidInputException {
        if (array.values().length != (long) count * array.components()) {
            throw new InvalidInputException(file + ": " + kind + " array '" + name + "' has " + array.values().length
                    + " values for " + count + " " + kind + "s; the file is inconsistent");
        }
    }

    private static DataArray reorder(DataArray array, int[] order) {
        int components = array.components();
        float[] values = new float[order.length * components];
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(array.values(), order[i] * components, values, i * components, components);
        }
        return new DataArray(components, values);
    }

    private static double distance(float[] points, int a, int b) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            double d = points[3 * a + c] - points[3 * b + c];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
