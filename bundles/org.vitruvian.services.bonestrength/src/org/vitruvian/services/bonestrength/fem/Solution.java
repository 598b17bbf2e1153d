package org.vitruvian.services.bonestrength.fem;

/**
 * What the solver found for one load case.
 *
 * @param displacement three components per node, mm
 * @param iterations conjugate-gradient iterations done
 * @param relativeResidual final |b - K u| / |b|
 * @param converged whether the residual reached the tolerance
 * @param seconds wall-clock time of the solve
 */
public record Solution(LoadCase loadCase, double[] displacement, int iterations, double relativeResidual,
        boolean converged, double seconds) {
}
