package org.vitruvian.ui.diagram.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.Identifiability;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.trust.CarriedData;
import org.vitruvian.trust.DataClasses;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Edge;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Kind;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Node;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Port;

/**
 * Which data classes reach each port, and the trust verdict of each placed step. The trust
 * checker follows the data along the links (the same answer `vitruvian check` gives); this class
 * only spreads its per-step answer over the ports: a step's outputs carry what reaches the step
 * (lowered when the step de-identifies), an input carries what its links bring.
 */
public final class DataClassFlow {

    /** How sensitive a class of data is; the colour of a port follows it. */
    public enum Category {
        CLINICAL_IDENTIFIABLE("clinical, identifiable"),
        CLINICAL_PSEUDONYMISED("clinical, pseudonymised"),
        CLINICAL_ANONYMISED("clinical, anonymised"),
        CLINICAL_SYNTHETIC("clinical, synthetic"),
        SCIENTIFIC_CONFIDENTIAL("scientific, confidential"),
        SCIENTIFIC("scientific"),
        UNDECLARED("input states no data class");

        public final String label;

        Category(String label) {
            this.label = label;
        }

        static Category of(DataClass dataClass) {
            if (dataClass == null) {
                return UNDECLARED;
            }
            if (dataClass.getKind() == DataKind.CLINICAL) {
                return switch (DataClasses.identifiability(dataClass)) {
                    case IDENTIFIABLE -> CLINICAL_IDENTIFIABLE;
                    case PSEUDONYMISED -> CLINICAL_PSEUDONYMISED;
                    case ANONYMISED -> CLINICAL_ANONYMISED;
                    case SYNTHETIC -> CLINICAL_SYNTHETIC;
                };
            }
            return DataClasses.isSensitive(dataClass) ? SCIENTIFIC_CONFIDENTIAL : SCIENTIFIC;
        }
    }

    /** A class of data at a port: what the legend and the tooltip say, and where it came from. */
    public record Carried(String description, Category category, List<String> path) {
    }

    private DataClassFlow() {
    }

    /** Sets {@link Port#data} on every port and the verdict on every placed step. */
    public static void apply(DiagramGraph graph) {
        TrustChecker trust = graph.input.trust();
        if (trust == null) {
            return;
        }
        TrustPolicy policy = graph.input.policy() != null ? graph.input.policy() : trust.defaultPolicy();
        // Every step gets a site so that the checker reports what reaches it; a step without a
        // site of its own gets a stand-in whose verdict is not shown.
        Site unplaced = SiteFactory.eINSTANCE.createSite();
        unplaced.setId("(no site)");
        Map<Step, Site> placement = new IdentityHashMap<>();
        for (Node node : graph.steps()) {
            Step step = (Step) node.element;
            Site site = step.getSite() == null ? null : graph.input.sites().get(step.getSite());
            placement.put(step, site != null ? site : unplaced);
        }
        Function<Step, Site> place = step -> placement.getOrDefault(step, unplaced);
        Map<Step, StepTrust> results = new IdentityHashMap<>();
        for (StepTrust result : trust.check(graph.input.workflow(), place, policy)) {
            results.put(result.step(), result);
        }
        Map<Node, List<Carried>> produced = new LinkedHashMap<>();
        for (Node node : graph.nodes) {
            if (node.kind == Kind.WORKFLOW_INPUT) {
                DataClass declared = ((DataPort) node.element).getDataClass();
                produced.put(node, List.of(carried(declared, List.of(node.name))));
            } else if (node.kind == Kind.STEP) {
                Step step = (Step) node.element;
                StepTrust result = results.get(step);
                List<Carried> out = new ArrayList<>();
                if (result != null) {
                    for (CarriedData data : result.carried()) {
                        out.add(carried(deidentified(step, data.dataClass()), data.path()));
                    }
                    if (step.getSite() != null && placement.get(step) != unplaced) {
                        node.verdict = result.verdict().name();
                        node.verdictReason = result.deciding().reason();
                    }
                }
                if (step.getSite() != null && placement.get(step) == unplaced) {
                    node.verdictReason = "Site '" + step.getSite() + "' is not in the site catalog.";
                }
                produced.put(node, sorted(out));
            }
        }
        for (Node node : graph.nodes) {
            for (Port port : node.outputs) {
                port.data = produced.getOrDefault(node, List.of());
            }
        }
        for (Node node : graph.nodes) {
            for (Port port : node.inputs) {
                Map<String, Carried> in = new LinkedHashMap<>();
                for (Edge edge : graph.edgesInto(port)) {
                    for (Carried data : edge.source.data) {
                        in.putIfAbsent(data.description(), data);
                    }
                }
                port.data = sorted(new ArrayList<>(in.values()));
            }
        }
    }

    private static Carried carried(DataClass dataClass, List<String> path) {
        return new Carried(dataClass == null ? "no data class stated" : DataClasses.describe(dataClass), Category.of(dataClass), path);
    }

    private static List<Carried> sorted(List<Carried> data) {
        data.sort(Comparator.comparing(Carried::category));
        return List.copyOf(data);
    }

    /** What a de-identifying step hands on, as the trust checker lowers it (docs/trust.md). */
    private static DataClass deidentified(Step step, DataClass dataClass) {
        if (dataClass == null || !step.isSetDeidentifies() || !step.isDeidentifies() || dataClass.getKind() != DataKind.CLINICAL) {
            return dataClass;
        }
        Identifiability after = step.isSetIdentifiabilityAfter() ? step.getIdentifiabilityAfter() : Identifiability.ANONYMISED;
        if (DataClasses.identifiability(dataClass).getValue() >= after.getValue()) {
            return dataClass;
        }
        DataClass lowered = EcoreUtil.copy(dataClass);
        lowered.setIdentifiability(after);
        return lowered;
    }
}
