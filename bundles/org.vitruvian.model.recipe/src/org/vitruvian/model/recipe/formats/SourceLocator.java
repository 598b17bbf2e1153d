package org.vitruvian.model.recipe.formats;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where a recipe's values were written, so that a problem found while exporting points at the
 * line of the recipe file the user has to change. The YAML resource knows the positions; code
 * that builds recipes in memory uses {@link #of(String)}.
 */
public interface SourceLocator {

    /** 1-based line and column; 0 when unknown. */
    record Position(int line, int column) {

        public static final Position UNKNOWN = new Position(0, 0);
    }

    /** The file name diagnostics carry, as the user should see it. */
    String file();

    /** Where {@code object}'s value of {@code feature} (or the object, when feature is null) was written. */
    Position position(EObject object, EStructuralFeature feature);

    /** A locator that knows the file but no positions. */
    static SourceLocator of(String file) {
        return new SourceLocator() {
            @Override
            public String file() {
                return file;
            }

            @Override
            public Position position(EObject object, EStructuralFeature feature) {
                return Position.UNKNOWN;
            }
        };
    }
}
