package org.vitruvian.services.bonestrength.image;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 3D image on a regular, axis-aligned grid: CT numbers, densities or labels. Sample
 * {@code (i, j, k)} is the value at the voxel centre {@code origin + (i sx, j sy, k sz)}, in
 * millimetres, in the scanner's patient axes (left, posterior, superior: LPS, as DICOM).
 *
 * <p>Values are floats whatever the file stored: a 512 x 512 x 300 CT takes 300 MB, fine for a
 * workstation and one less thing to get wrong than a type per step.
 *
 * @param sizes voxels along x, y and z
 * @param spacing voxel edges along x, y and z, mm
 * @param origin centre of voxel (0, 0, 0), mm
 * @param values {@code sizes[0] * sizes[1] * sizes[2]} samples, x fastest
 * @param metadata key-value pairs that travel with the image (NRRD {@code key:=value})
 */
public record Volume(int[] sizes, double[] spacing, double[] origin, float[] values, Map<String, String> metadata) {

    public Volume {
        if (sizes.length != 3 || spacing.length != 3 || origin.length != 3) {
            throw new IllegalArgumentException("a volume has three axes");
        }
        for (int a = 0; a < 3; a++) {
            if (sizes[a] < 1 || !(spacing[a] > 0) || !Double.isFinite(origin[a])) {
                throw new IllegalArgumentException("axis " + a + " has " + sizes[a] + " voxels of " + spacing[a] + " mm");
            }
        }
        if ((long) sizes[0] * sizes[1] * sizes[2] != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + sizes[0] + " x " + sizes[1] + " x "
                    + sizes[2] + " voxels");
        }
        sizes = sizes.clone();
        spacing = spacing.clone();
        origin = origin.clone();
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A volume of zeros with the geometry of {@code like} and no metadata. */
    public static Volume zerosLike(Volume like) {
        return new Volume(like.sizes, like.spacing, like.origin, new float[like.values.length], Map.of());
    }

    /** The same geometry with other values and metadata. */
    public Volume with(float[] newValues, Map<String, String> newMetadata) {
        return new Volume(sizes, spacing, origin, newValues, newMetadata);
    }

    public int nx() {
        return sizes[0];
    }

    public int ny() {
        return sizes[1];
    }

    public int nz() {
        return sizes[2];
    }

    public int index(int i, int j, int k) {
        return i + sizes[0] * (j + sizes[1] * k);
    }

    public float get(int i, int j, int k) {
        return values[index(i, j, k)];
    }

    /** Whether both volumes sample the same points, so that voxel i of one lies where voxel i of the other does. */
    public boolean sameGrid(Volume other) {
        for (int a = 0; a < 3; a++) {
            if (sizes[a] != other.sizes[a] || Math.abs(spacing[a] - other.spacing[a]) > 1e-6 * spacing[a]
                    || Math.abs(origin[a] - other.origin[a]) > 1e-3 * spacing[a]) {
                return false;
            }
        }
        return true;
    }

    /** One-line description: 512 x 512 x 300 voxels of 0.70 x 0.70 x 1.00 mm. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d x %d x %d voxels of %.2f x %.2f x %.2f mm", sizes[0], sizes[1],
                sizes[2], spacing[0], spacing[1], spacing[2]);
    }
}
