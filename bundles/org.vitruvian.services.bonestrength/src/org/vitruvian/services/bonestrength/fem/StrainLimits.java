package org.vitruvian.services.bonestrength.fem;

/**
 * The maximum principal strain criterion: bone fails where the largest principal strain reaches
 * the tensile limit or the smallest reaches minus the compressive limit. The defaults, 0.73 % and
 * 1.04 %, are the yield strains of human femoral bone (Bayraktar et al. 2004) that Schileo et al.
 * (2014, J Biomech 47:3531) use to predict femur strength.
 */
public record StrainLimits(double tensile, double compressive) {

    public static final StrainLimits SCHILEO_2014 = new StrainLimits(0.0073, 0.0104);

    public StrainLimits {
        if (!(tensile > 0) || !(compressive > 0)) {
            throw new IllegalArgumentException("strain limits must be positive");
        }
    }

    /** How close an element is to failing: 1 when a principal strain is at its limit. */
    public double ratio(double maximumPrincipal, double minimumPrincipal) {
        return Math.max(Math.max(maximumPrincipal, 0) / tensile, Math.max(-minimumPrincipal, 0) / compressive);
    }

    /** Whether tension, rather than compression, is the nearer limit. */
    public boolean tensionGoverns(double maximumPrincipal, double minimumPrincipal) {
        return Math.max(maximumPrincipal, 0) / tensile >= Math.max(-minimumPrincipal, 0) / compressive;
    }
}
