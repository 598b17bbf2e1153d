package org.vitruvian.model.recipe.formats;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A file format a container recipe can be written in. */
public enum RecipeFormat {

    /** An Apptainer (Singularity) definition file: a header and %sections. */
    APPTAINER("apptainer", "Apptainer definition file"),

    /** A Containerfile (Dockerfile) as Docker, Podman and Buildah read it. */
    CONTAINERFILE("containerfile", "Containerfile");

    private final String id;
    private final String label;

    RecipeFormat(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name users type, e.g. in {@code --format apptainer}. */
    public String id() {
        return id;
    }

    /** What the format is called in messages. */
    public String label() {
        return label;
    }

    public static Optional<RecipeFormat> byId(String id) {
        String wanted = id == null ? "" : id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** Every {@link #id()}, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(RecipeFormat::id).toList();
    }
}
