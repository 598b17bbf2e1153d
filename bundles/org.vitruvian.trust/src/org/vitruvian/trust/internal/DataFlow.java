package org.vitruvian.trust.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.Identifiability;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.trust.CarriedData;
import org.vitruvian.trust.DataClasses;

/**
 * How classes of data travel along a workflow's links, and how de-identification steps lower
 * them. Each step is visited once, after every step it takes data from (Kahn's order over the
 * links), and each link is followed once, so a workflow of n steps and links costs O(n). The
 * earlier version relaxed every step against every link until nothing changed and compared
 * whole paths each round: quadratic at best, and it held every path of a chain in full.
 */
public final class DataFlow {

    private final Workflow workflow;
    private long linksFollowed;

    public DataFlow(Workflow workflow) {
        this.workflow = workflow;
    }

    /** How many times a link was followed by {@link #reaching()}: once per link into a step. */
    public long linksFollowed() {
        return linksFollowed;
    }

    /** The classes of data reaching each step, each with the first path found. */
    public Map<Step, List<CarriedData>> reaching() {
        Map<String, DataClass> inputs = new HashMap<>();
        for (DataPort input : workflow.getInputs()) {
            inputs.putIfAbsent(input.getName(), input.getDataClass());
        }
        Map<String, Step> byName = new HashMap<>();
        for (Step step : workflow.getSteps()) {
            // A second step of the same name is a validation error; links mean the first.
            byName.putIfAbsent(step.getName(), step);
        }
        Map<Step, List<Link>> incoming = new IdentityHashMap<>();
        Map<Step, List<Step>> downstream = new IdentityHashMap<>();
        Map<Step, Integer> waitingFor = new IdentityHashMap<>();
        for (Link link : workflow.getLinks()) {
            Step target = stepOf(link.getTo(), byName);
            if (target == null) {
                continue; // a workflow output, or a link validation reports
            }
            incoming.computeIfAbsent(target, s -> new ArrayList<>()).add(link);
            Step source = stepOf(link.getFrom(), byName);
            if (source != null) {
                downstream.computeIfAbsent(source, s -> new ArrayList<>()).add(target);
                waitingFor.merge(target, 1, Integer::sum);
            }
        }
        Deque<Step> ready = new ArrayDeque<>();
        for (Step step : byName.values()) {
            if (!waitingFor.containsKey(step)) {
                ready.add(step);
            }
        }
        Map<Step, List<CarriedData>> reaching = new IdentityHashMap<>();
        Map<Step, List<CarriedData>> produced = new IdentityHashMap<>();
        while (!ready.isEmpty()) {
            Step step = ready.removeFirst();
            visit(step, incoming, inputs, byName, reaching, produced);
            for (Step next : downstream.getOrDefault(step, List.of())) {
                if (waitingFor.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        // Steps on a cycle (which validation reports) are never ready; give them what is known.
        for (Step step : workflow.getSteps()) {
            if (byName.get(step.getName()) == step && !reaching.containsKey(step)) {
                visit(step, incoming, inputs, byName, reaching, produced);
            }
        }
        Map<Step, List<CarriedData>> ordered = new LinkedHashMap<>();
        for (Step step : workflow.getSteps()) {
            List<CarriedData> in = reaching.get(step);
            if (in != null) {
                ordered.put(step, in);
            }
        }
        return ordered;
    }

    private void visit(Step step, Map<Step, List<Link>> incoming, Map<String, DataClass> inputs, Map<String, Step> byName,
            Map<Step, List<CarriedData>> reaching, Map<Step, List<CarriedData>> produced) {
        List<CarriedData> in = new ArrayList<>();
        for (Link link : incoming.getOrDefault(step, List.of())) {
            linksFollowed++;
            String from = link.getFrom();
            String hop = from + " -> " + link.getTo();
            if (from.indexOf('.') < 0) {
                if (inputs.containsKey(from)) {
                    DataClass declared = inputs.get(from);
                    add(in, new CarriedData(declared == null ? null : EcoreUtil.copy(declared), SharedPath.of(from, hop)));
                }
                continue;
            }
            Step source = stepOf(from, byName);
            for (CarriedData upstream : source == null ? List.<CarriedData>of() : produced.getOrDefault(source, List.of())) {
                add(in, new CarriedData(upstream.dataClass(), SharedPath.from(upstream.path()).then(hop)));
            }
        }
        List<CarriedData> reached = List.copyOf(in);
        reaching.put(step, reached);
        produced.put(step, deidentify(step, reached));
    }

    /** The step a link end {@code STEP.PORT} names, or null for a workflow port or an unknown step. */
    private static Step stepOf(String end, Map<String, Step> byName) {
        if (end == null) {
            return null;
        }
        int dot = end.indexOf('.');
        return dot < 0 ? null : byName.get(end.substring(0, dot));
    }

    /** One entry per class of data; the first path found explains it. */
    private static void add(List<CarriedData> list, CarriedData data) {
        for (CarriedData known : list) {
            if (known.dataClass() == null ? data.dataClass() == null
                    : data.dataClass() != null && DataClasses.sameClass(known.dataClass(), data.dataClass())) {
                return;
            }
        }
        list.add(data);
    }

    /** Only a step declared as de-identifying lowers identifiability, and only for clinical data. */
    private static List<CarriedData> deidentify(Step step, List<CarriedData> in) {
        if (!step.isSetDeidentifies() || !step.isDeidentifies()) {
            return in;
        }
        Identifiability after = step.isSetIdentifiabilityAfter() ? step.getIdentifiabilityAfter() : Identifiability.ANONYMISED;
        List<CarriedData> out = new ArrayList<>();
        for (CarriedData data : in) {
            DataClass dataClass = data.dataClass();
            if (dataClass != null && dataClass.getKind() == DataKind.CLINICAL
                    && DataClasses.identifiability(dataClass).getValue() < after.getValue()) {
                DataClass lowered = EcoreUtil.copy(dataClass);
                lowered.setIdentifiability(after);
                add(out, new CarriedData(lowered, SharedPath.from(data.path()).then(step.getName() + " de-identifies to "
                        + after.getLiteral())));
            } else {
                add(out, data);
            }
        }
        return List.copyOf(out);
    }
}
