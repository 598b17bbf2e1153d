package org.vitruvian.model.recipe.formats.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.vitruvian.model.common.CpuArchitecture;

/** Base image references and platforms as the two formats write them. */
public final class Images {

    /** Where an image comes from: Apptainer's bootstrap agent, and the reference without a scheme. */
    public record Reference(String agent, String name) {

        public boolean isRegistryImage() {
            return agent.equals("docker");
        }
    }

    /** Characters that mean something in a header line or a FROM instruction never occur in an image name. */
    private static final Pattern NAME = Pattern.compile("[^\\s\"'$\\\\`{}#]+");

    private Images() {
    }

    /**
     * Splits {@code docker://ubuntu:22.04}, {@code library://...}, {@code oras://...} or a plain
     * registry reference. Null when the text cannot be an image reference.
     */
    public static Reference parse(String image) {
        if (image == null) {
            return null;
        }
        String agent = "docker";
        String name = image;
        int scheme = image.indexOf("://");
        if (scheme >= 0) {
            agent = image.substring(0, scheme).toLowerCase(Locale.ROOT);
            name = image.substring(scheme + 3);
            if (!agent.equals("docker") && !agent.equals("library") && !agent.equals("oras")) {
                return null;
            }
        }
        return NAME.matcher(name).matches() ? new Reference(agent, name) : null;
    }

    /** The OCI platform of an architecture, as {@code FROM --platform=} takes it. */
    public static String platform(CpuArchitecture architecture) {
        return switch (architecture) {
            case X86_64 -> "linux/amd64";
            case AARCH64 -> "linux/arm64";
            case PPC64LE -> "linux/ppc64le";
        };
    }

    /** The architecture of an OCI platform, or null if the recipe model has none for it. */
    public static CpuArchitecture architecture(String platform) {
        return switch (platform.toLowerCase(Locale.ROOT)) {
            case "linux/amd64", "linux/x86_64" -> CpuArchitecture.X86_64;
            case "linux/arm64", "linux/arm64/v8", "linux/aarch64" -> CpuArchitecture.AARCH64;
            case "linux/ppc64le" -> CpuArchitecture.PPC64LE;
            default -> null;
        };
    }
}
