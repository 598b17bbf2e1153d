package org.vitruvian.services.bonestrength.fem;

/**
 * Young's modulus from bone density. Ash density is turned into apparent density by
 * rho_app = rho_ash / 0.6 (Schileo et al. 2008, J Biomech 41:2483), and apparent density into
 * modulus by E = coefficient * rho_app ^ exponent; the defaults, E = 6850 rho_app^1.49 MPa, are
 * Morgan et al.'s relation for the femoral neck (2003, J Biomech 36:897).
 *
 * @param coefficient MPa, for density in g/cm3
 * @param exponent dimensionless
 * @param minimumModulus floor, MPa: elements of almost no density would make the system singular
 * @param ashFraction ash density over apparent density
 */
public record MaterialLaw(double coefficient, double exponent, double minimumModulus, double ashFraction) {

    /** Morgan 2003 (femoral neck) with Schileo 2008's ash-to-apparent ratio and a 5 MPa floor. */
    public static final MaterialLaw MORGAN_FEMORAL_NECK = new MaterialLaw(6850, 1.49, 5, 0.6);

    public MaterialLaw {
        if (!(coefficient > 0) || !(exponent > 0) || !(minimumModulus > 0) || !(ashFraction > 0 && ashFraction <= 1)) {
            throw new IllegalArgumentException("the density-modulus relation needs positive coefficients");
        }
    }

    /** Modulus of bone of this ash density (g/cm3), MPa, before the floor: 0 for no bone. */
    public double modulus(double ashDensity) {
        if (!(ashDensity > 0)) {
            return 0;
        }
        return coefficient * Math.pow(ashDensity / ashFraction, exponent);
    }

    /** Apparent density (g/cm3) of bone of this ash density. */
    public double apparentDensity(double ashDensity) {
        return ashDensity / ashFraction;
    }
}
