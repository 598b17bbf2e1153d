package org.vitruvian.ui.runs;

/** Identifiers of the Runs view, for other bundles that open it (after a launch, for instance). */
public final class RunsViews {

    /** The Runs view: every run in the run store, its steps, and what can be done with them. */
    public static final String VIEW_ID = "org.vitruvian.ui.runs.view";

    private RunsViews() {
    }
}
