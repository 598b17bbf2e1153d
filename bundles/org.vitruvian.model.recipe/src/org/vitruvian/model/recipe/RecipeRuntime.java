package org.vitruvian.model.recipe;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a step whose recipe this is runs on a workstation, as the recipe's label
 * {@value #LABEL} says: as a plain process (the default; the recipe's files are deployed into
 * the run's folder) or in a Podman container built locally from the recipe. A label keeps the
 * choice in the recipe, where it belongs to the image, and it also ends up in the built image,
 * so the image says how it was meant to be run.
 */
public enum RecipeRuntime {

    PROCESS("process"), PODMAN("podman");

    /** The label that chooses the runtime. */
    public static final String LABEL = "org.vitruvian.runtime";

    private final String value;

    RecipeRuntime(String value) {
        this.value = value;
    }

    /** The label's value for this runtime. */
    public String value() {
        return value;
    }

    /** What the recipe asks for: PROCESS without the label, empty when the label has a value no runtime has. */
    public static Optional<RecipeRuntime> of(ContainerRecipe recipe) {
        String declared = recipe == null ? null : recipe.getLabels().get(LABEL);
        if (declared == null) {
            return Optional.of(PROCESS);
        }
        return Arrays.stream(values()).filter(r -> r.value.equals(declared)).findFirst();
    }

    /** Every label value, in declaration order. */
    public static List<String> labelValues() {
        return Arrays.stream(values()).map(RecipeRuntime::value).toList();
    }
}
