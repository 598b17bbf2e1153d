package org.vitruvian.ui.tosca;

/** Identifiers of the TOSCA editor, for code that opens it (IDE.openEditor) or asks what a file is. */
public final class ToscaEditors {

    /** The multi-page TOSCA editor: Topology and Source pages. */
    public static final String EDITOR_ID = "org.vitruvian.ui.tosca.editor";

    /** YAML files whose text has a tosca_definitions_version key. */
    public static final String CONTENT_TYPE_ID = "org.vitruvian.ui.tosca.template";

    private ToscaEditors() {
    }
}
