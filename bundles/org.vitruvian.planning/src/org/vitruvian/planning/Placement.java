package org.vitruvian.planning;

/** Why a step is where it is. */
public enum Placement {
    /** The step names its site ({@code site:}). */
    PINNED,
    /** The request named the site for every unpinned step ({@code --site}). */
    REQUESTED,
    /** The cheapest site per core-hour of those where trust allows the step's data and its container works. */
    CHEAPEST_FITTING,
    /** Nowhere: the pin names an unknown site, no site was given, or no site fits; the plan has an error saying which. */
    UNPLACED
}
