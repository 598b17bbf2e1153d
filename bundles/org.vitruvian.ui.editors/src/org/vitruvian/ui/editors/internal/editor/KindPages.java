package org.vitruvian.ui.editors.internal.editor;

import java.util.List;

/** The pages a kind adds between Design and Source. */
final class KindPages {

    private KindPages() {
    }

    static List<ModelPage> create(ModelEditor editor) {
        return switch (editor.kind()) {
            case "ContainerRecipe" -> List.of(new RecipePreviewPage());
            case "TrustPolicy" -> List.of(new TrustMatrixPage(editor));
            case "Workflow" -> List.of(new DiagramPage(editor), new PlanPage(editor));
            default -> List.of();
        };
    }
}
