package org.vitruvian.compat.internal;

import java.util.Locale;
import java.util.Set;

import org.vitruvian.model.recipe.BaseImage;

/**
 * The image formats runtimes run. A recipe's image can be written out in either format when its
 * base is an OCI image (Apptainer builds a SIF from it, Podman and Docker an OCI image), but only
 * as a SIF when its base is one: that is what limits the runtimes a recipe can use.
 */
public enum ImageFormat {
    /** OCI / Docker images. */
    OCI,
    /** Singularity Image Format files, which only Apptainer and Singularity run. */
    SIF;

    // Apptainer's bootstrap agents whose sources are SIF files.
    private static final Set<String> SIF_SCHEMES = Set.of("library", "shub", "oras", "localimage");

    /** The formats the recipe's image can be built in. */
    public static Set<ImageFormat> buildableFrom(BaseImage base) {
        String ref = base == null || base.getImage() == null ? "" : base.getImage().strip().toLowerCase(Locale.ROOT);
        int colon = ref.indexOf("://");
        boolean sifBase = ref.endsWith(".sif") || colon > 0 && SIF_SCHEMES.contains(ref.substring(0, colon));
        return sifBase ? Set.of(SIF) : Set.of(OCI, SIF);
    }
}
