package org.vitruvian.services.mriheating.setup;

/**
 * The electrical and thermal properties of one material label of the voxel grid, in SI units.
 *
 * @param name label name (air, gel, device)
 * @param relativePermittivity real relative permittivity at the RF frequency
 * @param conductivity electrical conductivity, S/m
 * @param density kg/m3
 * @param heatCapacity specific heat, J/(kg K)
 * @param thermalConductivity W/(m K)
 * @param perfusion blood perfusion rate, 1/s (volume of blood per volume of tissue per second);
 *        0 for gel, which has no blood
 * @param conductor true for the device: a perfect electric conductor in the field solver
 */
public record Material(String name, double relativePermittivity, double conductivity, double density, double heatCapacity,
        double thermalConductivity, double perfusion, boolean conductor) {

    public static final byte AIR = 0;
    public static final byte GEL = 1;
    public static final byte DEVICE = 2;

    /** Thermal diffusivity k / (rho c), m2/s. */
    public double diffusivity() {
        return thermalConductivity / (density * heatCapacity);
    }

    public Material withPerfusion(double rate) {
        return new Material(name, relativePermittivity, conductivity, density, heatCapacity, thermalConductivity, rate,
                conductor);
    }
}
