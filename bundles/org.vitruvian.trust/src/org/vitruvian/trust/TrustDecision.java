package org.vitruvian.trust;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.TrustRule;

/**
 * The decision for one class of data on one site.
 *
 * @param rule the policy rule applied, or null when none covers the case (which denies)
 * @param reason one sentence a user can act on
 */
public record TrustDecision(Verdict verdict, DataClass dataClass, String siteId, String resourceClass, TrustRule rule,
        String reason) {

    public Map<String, Object> toJsonValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("verdict", verdict.name());
        value.put("dataClass", dataClass == null ? null : DataClasses.describe(dataClass));
        value.put("site", siteId);
        value.put("resourceClass", resourceClass);
        value.put("rule", rule == null ? null : rule.getName());
        value.put("ruleSource", rule == null ? null : rule.getSource());
        value.put("reason", reason);
        return value;
    }
}
