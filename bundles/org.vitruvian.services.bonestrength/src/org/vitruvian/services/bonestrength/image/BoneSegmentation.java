package org.vitruvian.services.bonestrength.image;

import java.util.Locale;
import java.util.Map;

import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.ProgressListener;

/**
 * Bone from a density volume: optional Gaussian smoothing (CT noise otherwise speckles the
 * threshold), a density threshold, the largest face-connected region (the femur, without
 * patella, pelvis or noise), and the holes filled, in 3D and in every axial slice: trabecular
 * bone and marrow enclosed by the cortex are part of the bone, as in the solid models of CT2S, and
 * so is the medullary canal, which opens at the cut end of the shaft and is enclosed only slice by
 * slice. The mechanical model gives them the low modulus their density calls for.
 */
public final class BoneSegmentation {

    /** The mask (1 bone, 0 elsewhere) and how much of the thresholded volume it kept. */
    public record Result(Volume mask, int boneVoxels, int thresholdVoxels, int filledVoxels) {

        public String describe() {
            return String.format(Locale.ROOT, "%d bone voxels (%d above the threshold, %d filled holes)", boneVoxels,
                    thresholdVoxels, filledVoxels);
        }
    }

    private BoneSegmentation() {
    }

    public static Result segment(Volume density, double threshold, double smoothingMm, boolean largestComponent,
            ProgressListener progress) throws InvalidInputException {
        float[] values = smoothingMm > 0 ? gaussian(density, smoothingMm, progress.range(0, 0.5)) : density.values();
        progress.progress(0.5, "thresholding at " + threshold + " g/cm3");
        int nx = density.nx();
        int ny = density.ny();
        int nz = density.nz();
        boolean[] bone = new boolean[values.length];
        int above = 0;
        for (int v = 0; v < values.length; v++) {
            if (values[v] > threshold) {
                bone[v] = true;
                above++;
            }
        }
        if (above == 0) {
            throw new InvalidInputException(String.format(Locale.ROOT, "no voxel is denser than %.3f g/cm3 (the "
                    + "densest is %.3f); lower the threshold or check the calibration", threshold, max(values)));
        }
        if (largestComponent) {
            progress.progress(0.6, "keeping the largest connected region");
            bone = Components.largest(bone, nx, ny, nz);
        }
        progress.progress(0.8, "filling enclosed holes");
        int before = count(bone);
        bone = Components.fillSliceHoles(Components.fillHoles(bone, nx, ny, nz), nx, ny, nz);
        int after = count(bone);
        float[] mask = new float[values.length];
        for (int v = 0; v < mask.length; v++) {
            mask[v] = bone[v] ? 1 : 0;
        }
        progress.progress(1, after + " bone voxels");
        return new Result(density.with(mask, Map.of()), after, above, after - before);
    }

    private static float max(float[] values) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean b : flags) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** Separable Gaussian of standard deviation {@code sigmaMm} along each axis; edges repeat their value. */
    public static float[] gaussian(Volume volume, double sigmaMm, ProgressListener progress) {
        float[] current = volume.values().clone();
        float[] next = new float[current.length];
        int[] sizes = volume.sizes();
        for (int axis = 0; axis < 3; axis++) {
            double sigma = sigmaMm / volume.spacing()[axis];
            if (sigma < 0.05) {
                continue;
            }
            int radius = (int) Math.ceil(3 * sigma);
            double[] kernel = new double[2 * radius + 1];
            double sum = 0;
            for (int d = -radius; d <= radius; d++) {
                kernel[d + radius] = Math.exp(-0.5 * d * d / (sigma * sigma));
                sum += kernel[d + radius];
            }
            for (int d = 0; d < kernel.length; d++) {
                kernel[d] /= sum;
            }
            int stride = axis == 0 ? 1 : axis == 1 ? sizes[0] : sizes[0] * sizes[1];
            int length = sizes[axis];
            float[] source = current;
            float[] target = next;
            java.util.stream.IntStream.range(0, current.length).parallel().filter(v -> (v / stride) % length == 0)
                    .forEach(start -> {
                        for (int n = 0; n < length; n++) {
                            double acc = 0;
                            for (int d = -radius; d <= radius; d++) {
                                int m = Math.max(0, Math.min(length - 1, n + d));
                                acc += kernel[d + radius] * source[start + m * stride];
                            }
                            target[start + n * stride] = (float) acc;
                        }
                    });
            float[] swap = current;
            current = next;
            next = swap;
            progress.progress((axis + 1) / 3.0, "smoothing");
        }
        return current;
    }
}
