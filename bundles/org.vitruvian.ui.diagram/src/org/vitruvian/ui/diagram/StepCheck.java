package org.vitruvian.ui.diagram;

import java.util.List;
import java.util.Objects;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.trust.Verdict;

/**
 * What the workflow planner decided for one step on a target site, for the diagram to show: the
 * badge names the site and is green or red by the trust verdict, the box is marked when trust
 * denies it or its container will not work there, and the hover says why (the deciding rule and
 * the path the data took). The host computes it with the headless planner; the diagram only
 * draws it.
 *
 * @param siteId   where the step is placed, or null when it is nowhere (an unknown pin, no site fits)
 * @param why      why it is there, as {@code vitruvian plan} says it: "pinned", "--site", "cheapest of 3 that fit", ...
 * @param verdict  the trust verdict there, or null when unplaced
 * @param reason   the deciding trust decision's reason, or why the step is unplaced
 * @param rule     the name of the policy rule that decided, or null (a default of the policy)
 * @param dataPath the links the deciding data came along, shortened as {@code check} shows it
 * @param findings the compatibility errors and warnings of its container on the site
 */
public record StepCheck(String siteId, String why, Verdict verdict, String reason, String rule, List<String> dataPath,
        List<Diagnostic> findings) {

    public StepCheck {
        Objects.requireNonNull(why, "why");
        dataPath = List.copyOf(dataPath);
        findings = List.copyOf(findings);
    }

    public boolean isDenied() {
        return verdict == Verdict.DENY;
    }

    public long errors() {
        return findings.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    /** The box's footer: "2 compatibility errors, 1 warning", or null when there is nothing to say. */
    public String findingsLine() {
        long errors = errors();
        long warnings = warnings();
        if (errors == 0 && warnings == 0) {
            return null;
        }
        String text = errors > 0 ? errors + " compatibility error" + (errors == 1 ? "" : "s") : "";
        if (warnings > 0) {
            text += (text.isEmpty() ? "" : ", ") + warnings + (errors > 0 ? " warning" : " compatibility warning")
                    + (warnings == 1 ? "" : "s");
        }
        return text;
    }

    /** The decision in words, as the box's hover shows it: where and why, the trust verdict with its rule and data path, the findings. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Site: ").append(siteId != null ? siteId : "none").append(" (").append(why).append(')');
        if (verdict != null) {
            text.append("\nTrust: ").append(isDenied() ? "denied" : "allowed");
            if (rule != null) {
                text.append(" by rule ").append(rule);
            }
            text.append("\n  ").append(reason);
        } else if (reason != null) {
            text.append('\n').append(reason);
        }
        if (!dataPath.isEmpty()) {
            text.append("\nData path: ").append(String.join(", ", dataPath));
        }
        for (Diagnostic finding : findings) {
            text.append("\nCompatibility ").append(finding.severity().label()).append(": ").append(finding.message())
                    .append(" [").append(finding.code()).append(']');
        }
        return text.toString();
    }
}
