package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.bonestrength.io.LegacyVtk;
import org.vitruvian.services.bonestrength.io.LegacyVtk.DataArray;
import org.vitruvian.services.bonestrength.io.ModelFiles;

class LegacyVtkTest {

    @TempDir
    Path folder;

    /** An L of three elements: two along x, one above the first. */
    private static VoxelModel ell() {
        int nx = 2;
        int ny = 1;
        return new VoxelModel(nx, ny, 2, 1.5, new double[] { 10, -5, 2 }, new int[] { 0, 1, 2 },
                new float[] { 1000, 2000, 3000 }, new float[] { 0.5f, 0.8f, 1.1f });
    }

    @Test
    void aModelComesBackWithItsGridModuliArraysAndFieldData() throws Exception {
        VoxelModel model = ell();
        Path file = folder.resolve("model.vtk");
        float[] strain = { 0.001f, -0.002f, 0.003f };
        float[] displacement = new float[3 * model.nodeCount()];
        for (int i = 0; i < displacement.length; i++) {
            displacement[i] = i * 0.01f;
        }
        ModelFiles.write(model, "an L", Map.of("body_mass", new double[] { 70 }),
                Map.of("stance_max_principal_strain", new DataArray(1, strain)),
                Map.of("stance_displacement", new DataArray(3, displacement)), file);
        ModelFiles.Loaded loaded = ModelFiles.read(file);
        VoxelModel read = loaded.model();
        assertEquals(3, read.elementCount());
        assertEquals(model.nodeCount(), read.nodeCount());
        assertEquals(1.5, read.elementSize());
        assertArrayEquals(model.origin(), read.origin(), 1e-5);
        for (int e = 0; e < 3; e++) {
            assertArrayEquals(model.centroid(e), read.centroid(e), 1e-5);
            assertEquals(model.modulus(e), read.modulus(e));
        }
        assertArrayEquals(strain, loaded.cellScalars("stance_max_principal_strain"));
        assertArrayEquals(new float[] { 0.5f, 0.8f, 1.1f }, loaded.cellScalars(ModelFiles.ASH_DENSITY));
        assertArrayEquals(displacement, loaded.pointData().get("stance_displacement").values());
        assertArrayEquals(new double[] { 70 }, loaded.field("body_mass"));
    }

    @Test
    void theFileIsLegacyBinaryVtkOfHexahedraAsParaViewReadsIt() throws Exception {
        Path file = folder.resolve("model.vtk");
        ModelFiles.write(ell(), "an L", Map.of(), Map.of(), Map.of(), file);
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("# vtk DataFile Version 3.0\nan L\nBINARY\nDATASET UNSTRUCTURED_GRID\n"), text);
        assertTrue(text.contains("\nCELLS 3 27\n"));
        assertTrue(text.contains("\nCELL_TYPES 3\n"));
        assertTrue(text.contains("\nSCALARS youngs_modulus float 1\nLOOKUP_TABLE default\n"));
    }

    /** An ASCII file of two voxel cells, in the other corner order and shuffled, as another tool might write it. */
    @Test
    void asciiFilesWithVoxelCellsInAnyOrderBecomeTheSameModel() throws Exception {
        Path file = folder.resolve("ascii.vtk");
        Files.writeString(file, """
                # vtk DataFile Version 3.0
                two voxels
                ASCII
                DATASET UNSTRUCTURED_GRID
                POINTS 12 float
                1 0 0  2 0 0  1 1 0  2 1 0  1 0 1  2 0 1  1 1 1  2 1 1
                0 0 0  0 1 0  0 0 1  0 1 1
                CELLS 2 18
                8 0 1 2 3 4 5 6 7
                8 8 0 9 2 10 4 11 6
                CELL_TYPES 2
                11 11
                CELL_DATA 2
                SCALARS youngs_modulus double 1
                LOOKUP_TABLE default
                200 100
                """);
        VoxelModel model = ModelFiles.read(file).model();
        assertEquals(2, model.elementCount());
        assertEquals(12, model.nodeCount());
        assertEquals(100, model.modulus(0), "the element at x = 0 comes first in grid order");
        assertEquals(200, model.modulus(1));
    }

    @Test
    void cellsThatAreNotCubesAreRefusedBecauseTheSolverNeedsVoxels() throws Exception {
        Path file = folder.resolve("sheared.vtk");
        Files.writeString(file, """
                # vtk DataFile Version 3.0
                a sheared cell
                ASCII
                DATASET UNSTRUCTURED_GRID
                POINTS 8 float
                0 0 0  1 0 0  1 1 0  0 1 0  0.5 0 1  1.5 0 1  1.5 1 1  0.5 1 1
                CELLS 1 9
                8 0 1 2 3 4 5 6 7
                CELL_TYPES 1
                12
                CELL_DATA 1
                SCALARS youngs_modulus float 1
                LOOKUP_TABLE default
                100
                """);
        InvalidInputException problem = assertThrows(InvalidInputException.class, () -> ModelFiles.read(file));
        assertTrue(problem.getMessage().contains("voxel mesh"), problem.getMessage());
    }

    @Test
    void tetrahedraAreRefusedNamingTheCell() throws Exception {
        Path file = folder.resolve("tet.vtk");
        Files.writeString(file, """
                # vtk DataFile Version 3.0
                a tetrahedron
                ASCII
                DATASET UNSTRUCTURED_GRID
                POINTS 4 float
                0 0 0 1 0 0 0 1 0 0 0 1
                CELLS 1 5
                4 0 1 2 3
                CELL_TYPES 1
                10
                """);
        InvalidInputException problem = assertThrows(InvalidInputException.class, () -> LegacyVtk.read(file));
        assertTrue(problem.getMessage().contains("cell 0 is not a hexahedron"), problem.getMessage());
    }
}
