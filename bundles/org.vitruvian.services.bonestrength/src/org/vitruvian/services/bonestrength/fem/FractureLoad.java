package org.vitruvian.services.bonestrength.fem;

/**
 * The load at which the first assessed element reaches its strain limit. The model is linear,
 * so strains grow in proportion to the load: the fracture load is the applied load divided by
 * the largest strain-to-limit ratio found.
 *
 * @param caseName the load case
 * @param appliedLoad magnitude of the load the strains were computed for, N
 * @param load fracture load, N
 * @param element the element that fails first (index in the model)
 * @param tension whether it fails in tension (else compression)
 * @param peakRatio its strain-to-limit ratio under the applied load
 * @param assessedElements how many elements were assessed
 */
public record FractureLoad(String caseName, double appliedLoad, double load, int element, boolean tension,
        double peakRatio, int assessedElements) {

    /**
     * @param assessed which elements count: surface elements away from loads and supports
     */
    public static FractureLoad of(String caseName, double appliedLoad, float[] maximumPrincipal, float[] minimumPrincipal,
            boolean[] assessed, StrainLimits limits) {
        int worst = -1;
        double peak = 0;
        int count = 0;
        for (int e = 0; e < maximumPrincipal.length; e++) {
            if (!assessed[e]) {
                continue;
            }
            count++;
            double ratio = limits.ratio(maximumPrincipal[e], minimumPrincipal[e]);
            if (ratio > peak) {
                peak = ratio;
                worst = e;
            }
        }
        if (worst < 0) {
            throw new IllegalArgumentException("no assessed element is strained under load case " + caseName);
        }
        return new FractureLoad(caseName, appliedLoad, appliedLoad / peak, worst,
                limits.tensionGoverns(maximumPrincipal[worst], minimumPrincipal[worst]), peak, count);
    }
}
