package org.vitruvian.ui.editors.internal.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A page of the model editor beyond Design and Source: it shows the model and may edit it through the editor. */
interface ModelPage {

    String title();

    Control createControl(Composite parent);

    /** The text was read again (after typing paused, or after an edit from any page). */
    void modelChanged(ParsedModel model);
}
