package org.vitruvian.compat.internal;

import static org.vitruvian.compat.CompatibilityCodes.MPI_COMPATIBLE;
import static org.vitruvian.compat.CompatibilityCodes.MPI_CONTAINER_NEWER;
import static org.vitruvian.compat.CompatibilityCodes.MPI_INCOMPATIBLE;
import static org.vitruvian.compat.CompatibilityCodes.MPI_LIKELY_COMPATIBLE;
import static org.vitruvian.compat.CompatibilityCodes.MPI_MAJOR_VERSION;
import static org.vitruvian.compat.CompatibilityCodes.MPI_UNTESTED;
import static org.vitruvian.compat.CompatibilityCodes.MPI_VERSION_UNKNOWN;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.vitruvian.compat.internal.OpenMpiMatrix.Colour;
import org.vitruvian.model.common.MpiImplementation;

/**
 * Judges an MPI version in the container against one on the host. Measured pairs (the OpenMPI
 * matrix) decide where they exist, even where they contradict the rules of thumb; elsewhere the
 * rules of thumb only warn, since they are not measurements.
 */
public final class MpiVersions {

    /** A judgement with the severity and code it is reported with. */
    public record Verdict(int severity, String code, String message) {
    }

    /** How a message names the container's MPI and its fix: they differ between hybrid and bind mode. */
    public record Wording(String subject, String rebuild) {
        /** Hybrid: the MPI library is in the image. */
        static Wording hybrid(String mpi) {
            return new Wording("the image's " + mpi, "build the image with");
        }

        /** Bind: the image has no MPI of its own; the application was built against one. */
        static Wording bind(String mpi) {
            return new Wording("the " + mpi + " the application was built against", "build the application against");
        }
    }

    private static final String MATRIX = "the measured OpenMPI container-vs-host matrix (CompBioMed seminar on containers and cloud-HPC)";

    private final OpenMpiMatrix matrix;

    public MpiVersions(OpenMpiMatrix matrix) {
        this.matrix = matrix;
    }

    public static String name(MpiImplementation implementation) {
        return switch (implementation) {
            case OPENMPI -> "OpenMPI";
            case MPICH -> "MPICH";
            case INTELMPI -> "Intel MPI";
            case MVAPICH2 -> "MVAPICH2";
        };
    }

    /**
     * @param wording   built from {@code name + " " + container}, e.g. by {@link Wording#hybrid}
     * @param siteLabel how the site is named in messages
     */
    public Verdict assess(MpiImplementation implementation, String container, String host, Wording wording,
            String siteLabel) {
        String name = name(implementation);
        String onHost = name + " " + host + " on " + siteLabel;
        if (implementation == MpiImplementation.OPENMPI) {
            Optional<Colour> colour = matrix.colour(container, host);
            if (colour.isPresent()) {
                return fromMatrix(colour.get(), container, host, wording, onHost);
            }
        }
        Optional<int[]> c = Versions.parse(container);
        Optional<int[]> h = Versions.parse(host);
        if (c.isEmpty() || h.isEmpty()) {
            return new Verdict(Diagnostic.WARNING, MPI_VERSION_UNKNOWN, "the version of " + wording.subject() + " or of "
                    + onHost + " is not a dotted number, so whether they work together cannot be judged; state versions"
                    + " such as 4.1.5 in the recipe's mpi.version and in the site's mpi entry");
        }
        int order = Versions.compare(c.get(), h.get());
        if (order == 0) {
            return new Verdict(Diagnostic.INFO, MPI_COMPATIBLE, wording.subject() + " is the same version as " + onHost
                    + " (matching the host's MPI is the standard approach)");
        }
        if (c.get()[0] != h.get()[0]) {
            return new Verdict(Diagnostic.WARNING, MPI_MAJOR_VERSION, wording.subject() + " and " + onHost
                    + " differ in major version, so their ABIs may differ and no measurement covers the pair; "
                    + wording.rebuild() + " " + name + " " + host + ", the host's version");
        }
        if (order > 0) {
            return new Verdict(Diagnostic.WARNING, MPI_CONTAINER_NEWER, wording.subject() + " is newer than " + onHost
                    + "; MPI is backward compatible only for programs built with an older library, so the container's MPI"
                    + " should not be newer than the host's; " + wording.rebuild() + " " + name + " " + host
                    + " (or older of the same major version)");
        }
        return new Verdict(Diagnostic.INFO, MPI_LIKELY_COMPATIBLE, wording.subject() + " is older than " + onHost
                + " with the same major version, which MPI's backward compatibility usually allows (a rule of thumb: the"
                + " pair is not measured)");
    }

    private Verdict fromMatrix(Colour colour, String container, String host, Wording wording, String onHost) {
        return switch (colour) {
            case Green -> new Verdict(Diagnostic.INFO, MPI_COMPATIBLE,
                    wording.subject() + " works with " + onHost + ": the pair is Green (compatible) in " + MATRIX);
            case Red -> new Verdict(Diagnostic.ERROR, MPI_INCOMPATIBLE, wording.subject() + " does not work with " + onHost
                    + ": the pair is Red (incompatible) in " + MATRIX + "; " + fix(container, host, wording));
            case White -> new Verdict(Diagnostic.WARNING, MPI_UNTESTED, wording.subject() + " with " + onHost
                    + " is White (untested) in " + MATRIX + ", so it may not work; test it on the site before relying on"
                    + " it, or " + fix(container, host, wording));
        };
    }

    private String fix(String container, String host, Wording wording) {
        String fix = wording.rebuild() + " OpenMPI " + or(matrix.greenContainersFor(host.strip()))
                + " (Green with the host's " + host + ")";
        List<String> hosts = matrix.greenHostsFor(container.strip());
        return hosts.isEmpty() ? fix : fix + ", or pick a site with OpenMPI " + or(hosts);
    }

    private static String or(List<String> versions) {
        if (versions.size() <= 1) {
            return String.join("", versions);
        }
        return String.join(", ", versions.subList(0, versions.size() - 1)) + " or " + versions.get(versions.size() - 1);
    }
}
