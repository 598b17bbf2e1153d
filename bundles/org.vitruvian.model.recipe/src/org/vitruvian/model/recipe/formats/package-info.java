/**
 * Container recipes in the formats container tools read: export to an Apptainer definition
 * file or a Containerfile, and import from either back into a
 * {@link org.vitruvian.model.recipe.ContainerRecipe}. What a format has no syntax for is kept
 * in one machine-readable comment ({@code # vitruvian: {...}}), so that importing an exported
 * file gives back the recipe it came from; what a hand-written file holds beyond a recipe is
 * reported as warnings with line numbers.
 */
package org.vitruvian.model.recipe.formats;
