package org.vitruvian.services.bonestrength.fem;

import java.util.List;

/**
 * One way the model is held and loaded: nodes fixed in place, forces on nodes, and elastic
 * supports that resist motion along one direction only (a joint that pushes back but lets the
 * bone slide). All supports hold at zero displacement.
 *
 * @param name short identifier (stance, sideways-fall)
 * @param fixedNodes nodes whose three displacement components are zero
 * @param fixedDofs further single degrees of freedom ({@code 3 node + component}) held at zero
 * @param forceNodes nodes that carry a force
 * @param forces the force on each of {@code forceNodes}, three components each, N
 * @param springNodes nodes resting on an elastic support
 * @param springDirection unit direction along which the supports act, the same for all
 * @param springStiffness stiffness of the support at each node, N/mm
 * @param excludedZones where the idealised supports and loads make strains meaningless, so that
 *        strength is not assessed there
 */
public record LoadCase(String name, int[] fixedNodes, int[] fixedDofs, int[] forceNodes, double[] forces,
        int[] springNodes, double[] springDirection, double springStiffness, List<ExcludedZone> excludedZones) {

    /**
     * Elements within {@code radius} millimetres (counted through the bone) of these nodes,
     * where Saint-Venant's principle says the idealised boundary condition distorts the strains.
     */
    public record ExcludedZone(String what, int[] nodes, double radius) {
    }

    public LoadCase {
        if (forces.length != 3 * forceNodes.length) {
            throw new IllegalArgumentException("three force components per loaded node");
        }
        if (springNodes.length > 0 && (springDirection == null || springDirection.length != 3)) {
            throw new IllegalArgumentException("elastic supports need a direction");
        }
        excludedZones = List.copyOf(excludedZones);
    }

    /** The resultant of all applied forces, N. */
    public double[] resultant() {
        double[] sum = new double[3];
        for (int i = 0; i < forceNodes.length; i++) {
            for (int c = 0; c < 3; c++) {
                sum[c] += forces[3 * i + c];
            }
        }
        return sum;
    }

    /** Magnitude of the resultant force, N: the load that strength scales to the fracture load. */
    public double load() {
        double[] r = resultant();
        return Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
    }
}
