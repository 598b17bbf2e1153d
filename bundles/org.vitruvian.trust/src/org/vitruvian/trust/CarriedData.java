package org.vitruvian.trust;

import java.util.List;

import org.vitruvian.model.trust.DataClass;

/**
 * A class of data that reaches a step, and the links it came along, from the workflow input
 * that introduced it: why the step sees clinical data, for instance.
 */
public record CarriedData(DataClass dataClass, List<String> path) {

    public String describe() {
        return DataClasses.describe(dataClass);
    }
}
