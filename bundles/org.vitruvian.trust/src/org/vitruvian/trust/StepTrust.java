package org.vitruvian.trust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitruvian.model.workflow.Step;

/**
 * The trust verdict for one placed step: every class of data that reaches it (with the links it
 * came along), the decision for each, and the deciding one: the first denial, or else the
 * decision for the most sensitive data.
 */
public record StepTrust(Step step, String siteId, List<CarriedData> carried, List<TrustDecision> decisions,
        TrustDecision deciding) {

    public Verdict verdict() {
        return deciding.verdict();
    }

    /** The path of the data the deciding decision is about, for "why"; show it with {@link CarriedData#shown}. */
    public List<String> decidingPath() {
        for (CarriedData data : carried) {
            if (deciding.dataClass() != null && DataClasses.sameClass(data.dataClass(), deciding.dataClass())) {
                return data.path();
            }
        }
        return List.of();
    }

    public Map<String, Object> toJsonValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("step", step.getName());
        value.put("site", siteId);
        value.put("verdict", verdict().name());
        value.put("decision", deciding.toJsonValue());
        // Shown, not whole: on a long chain whole paths would make the JSON grow with the square of its length.
        value.put("path", CarriedData.shown(decidingPath()));
        List<Object> data = new ArrayList<>();
        for (CarriedData carriedData : carried) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("dataClass", carriedData.describe());
            item.put("path", CarriedData.shown(carriedData.path()));
            data.add(item);
        }
        value.put("dataReaching", data);
        return value;
    }
}
