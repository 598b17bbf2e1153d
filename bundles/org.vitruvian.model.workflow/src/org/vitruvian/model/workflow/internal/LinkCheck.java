package org.vitruvian.model.workflow.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.vitruvian.model.common.CommonPackage;
import org.vitruvian.model.common.validation.Suggestions;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowPackage.Literals;

/**
 * The data flow: every link joins ports that exist and agree in format, every required input
 * and every workflow output receives data exactly once, and the steps form no cycle.
 */
final class LinkCheck {

    /** One end of a link: a workflow port ({@code step} null) or a step's port. */
    private record End(Step step, DataPort port) {

        String describe() {
            return step == null ? "'" + port.getName() + "'" : "'" + step.getName() + "." + port.getName() + "'";
        }
    }

    /** A step port or workflow output that data arrives at, for counting links into it. */
    private record Target(Step step, String port) {
    }

    private final Workflow workflow;
    private final ServiceResolution services;
    private final Problems problems;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<Target, Link> linkedTargets = new HashMap<>();
    private final Set<DataPort> usedInputs = new HashSet<>();
    private final Map<Step, List<Link>> edges = new IdentityHashMap<>();

    LinkCheck(Workflow workflow, ServiceResolution services, Problems problems) {
        this.workflow = workflow;
        this.services = services;
        this.problems = problems;
        for (Step step : workflow.getSteps()) {
            steps.putIfAbsent(step.getName(), step);
        }
    }

    void run() {
        for (Link link : workflow.getLinks()) {
            checkLink(link);
        }
        checkEverythingReceivesData();
        checkCycles();
    }

    private void checkLink(Link link) {
        Optional<End> source = source(link);
        Optional<End> target = target(link);
        if (target.isPresent()) {
            Target key = new Target(target.get().step(), target.get().port().getName());
            Link earlier = linkedTargets.putIfAbsent(key, link);
            if (earlier != null) {
                problems.error("linked-twice", target.get().describe() + " already takes data from '" + earlier.getFrom()
                        + "'; " + (key.step() == null ? "a workflow output" : "an input") + " takes data from one link. "
                        + "Remove one of the two links.", link, Literals.LINK__TO);
            }
        }
        if (source.isEmpty() || target.isEmpty()) {
            return;
        }
        String from = source.get().port().getFormat();
        String to = target.get().port().getFormat();
        if (from != null && to != null && !from.strip().equalsIgnoreCase(to.strip())) {
            problems.error("format-mismatch", source.get().describe() + " is " + from + " but " + target.get().describe()
                    + " reads " + to + "; link an output in " + to + ", or add a step that converts " + from + " to " + to
                    + ".", link, Literals.LINK__TO);
        }
        if (source.get().step() != null && target.get().step() != null) {
            edges.computeIfAbsent(source.get().step(), s -> new ArrayList<>()).add(link);
        }
    }

    /** 'from' is a workflow input (INPUT) or a step's output (STEP.OUTPUT). */
    private Optional<End> source(Link link) {
        String text = link.getFrom();
        Optional<String[]> parts = split(link, Literals.LINK__FROM, text, "INPUT or STEP.OUTPUT");
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.get().length == 1) {
            Optional<DataPort> input = ServiceResolution.port(workflow.getInputs(), text);
            if (input.isPresent()) {
                usedInputs.add(input.get());
                return Optional.of(new End(null, input.get()));
            }
            boolean isOutput = ServiceResolution.port(workflow.getOutputs(), text).isPresent();
            unknownPort(link, Literals.LINK__FROM, isOutput
                    ? "'" + text + "' is a workflow output; a link starts at a workflow input or at STEP.OUTPUT."
                    : "The workflow has no input '" + text + "'" + listed("inputs", ServiceResolution.names(workflow.getInputs()))
                            + " To take a step's output, write STEP.OUTPUT.", text, ServiceResolution.names(workflow.getInputs()));
            return Optional.empty();
        }
        return stepPort(link, Literals.LINK__FROM, parts.get()[0], parts.get()[1], true);
    }

    /** 'to' is a step's input (STEP.INPUT) or a workflow output (OUTPUT). */
    private Optional<End> target(Link link) {
        String text = link.getTo();
        Optional<String[]> parts = split(link, Literals.LINK__TO, text, "STEP.INPUT or OUTPUT");
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.get().length == 1) {
            Optional<DataPort> output = ServiceResolution.port(workflow.getOutputs(), text);
            if (output.isPresent()) {
                return Optional.of(new End(null, output.get()));
            }
            boolean isInput = ServiceResolution.port(workflow.getInputs(), text).isPresent();
            unknownPort(link, Literals.LINK__TO, isInput
                    ? "'" + text + "' is a workflow input; a link ends at STEP.INPUT or at a workflow output."
                    : "The workflow has no output '" + text + "'" + listed("outputs", ServiceResolution.names(workflow.getOutputs()))
                            + " To feed a step, write STEP.INPUT.", text, ServiceResolution.names(workflow.getOutputs()));
            return Optional.empty();
        }
        return stepPort(link, Literals.LINK__TO, parts.get()[0], parts.get()[1], false);
    }

    private Optional<End> stepPort(Link link, EAttribute feature, String stepName, String portName, boolean output) {
        Step step = steps.get(stepName);
        if (step == null) {
            List<String> known = List.copyOf(steps.keySet());
            problems.error("unknown-step", "No step is named '" + stepName + "'" + listed("steps", known)
                    + Suggestions.didYouMean(stepName, known), link, feature);
            return Optional.empty();
        }
        Optional<ServiceDefinition> service = services.of(step);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        List<DataPort> wanted = output ? service.get().getOutputs() : service.get().getInputs();
        List<DataPort> other = output ? service.get().getInputs() : service.get().getOutputs();
        Optional<DataPort> port = ServiceResolution.port(wanted, portName);
        if (port.isPresent()) {
            return Optional.of(new End(step, port.get()));
        }
        String direction = output ? "output" : "input";
        List<String> known = ServiceResolution.names(wanted);
        String message = ServiceResolution.port(other, portName).isPresent()
                ? "'" + stepName + "." + portName + "' is an " + (output ? "input" : "output") + " of service "
                        + service.get().getId() + "; a link " + (output ? "starts at an output" : "ends at an input")
                        + listed(direction + "s", known)
                : "Service " + service.get().getId() + " of step '" + stepName + "' has no " + direction + " '" + portName + "'"
                        + listed(direction + "s", known);
        unknownPort(link, feature, message, portName, known);
        return Optional.empty();
    }

    private Optional<String[]> split(Link link, EAttribute feature, String text, String form) {
        if (text == null) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        String[] parts = dot < 0 ? new String[] { text } : new String[] { text.substring(0, dot), text.substring(dot + 1) };
        for (String part : parts) {
            if (part.isBlank()) {
                problems.error("link-syntax", "'" + text + "' is not a link end; write " + form + ", e.g. 'segment.mask'.",
                        link, feature);
                return Optional.empty();
            }
        }
        return Optional.of(parts);
    }

    private void unknownPort(Link link, EAttribute feature, String message, String typed, List<String> known) {
        problems.error("unknown-port", message + Suggestions.didYouMean(typed, known), link, feature);
    }

    private static String listed(String what, List<String> names) {
        return names.isEmpty() ? "; there are no " + what + "." : "; " + what + ": " + String.join(", ", names) + ".";
    }

    /** Required inputs left unlinked would make a run fail only when it reaches the step; say so now. */
    private void checkEverythingReceivesData() {
        for (Step step : workflow.getSteps()) {
            Optional<ServiceDefinition> service = services.of(step);
            // Links cannot address a step named like an earlier one or with a '.' in its name; the name is the problem.
            if (service.isEmpty() || steps.get(step.getName()) != step || step.getName().contains(".")) {
                continue;
            }
            for (DataPort input : service.get().getInputs()) {
                if (!input.isOptional() && !linkedTargets.containsKey(new Target(step, input.getName()))) {
                    problems.error("unlinked-input", "Input '" + input.getName() + "' (" + input.getFormat() + ") of step '"
                            + step.getName() + "' is not linked; add a link with 'to: " + step.getName() + "."
                            + input.getName() + "' from " + candidates(step, input.getFormat()) + ".", step,
                            CommonPackage.Literals.NAMED__NAME);
                }
            }
        }
        for (DataPort output : workflow.getOutputs()) {
            if (!linkedTargets.containsKey(new Target(null, output.getName()))) {
                problems.error("unlinked-output", "Workflow output '" + output.getName() + "' receives no data; add a link "
                        + "with 'to: " + output.getName() + "' from the step output that produces it, or remove the output.",
                        output, CommonPackage.Literals.NAMED__NAME);
            }
        }
        for (DataPort input : workflow.getInputs()) {
            if (!usedInputs.contains(input)) {
                problems.warning("unused-input", "Workflow input '" + input.getName() + "' is not used by any step; link it "
                        + "with 'from: " + input.getName() + "', or remove it so that runs do not ask for it.", input,
                        CommonPackage.Literals.NAMED__NAME);
            }
        }
    }

    /** Where data of the format could come from, to make the fix concrete. */
    private String candidates(Step consumer, String format) {
        List<String> sources = new ArrayList<>();
        for (DataPort input : workflow.getInputs()) {
            if (sameFormat(input.getFormat(), format)) {
                sources.add(input.getName());
            }
        }
        for (Step step : workflow.getSteps()) {
            if (step != consumer) {
                services.of(step).ifPresent(service -> service.getOutputs().stream()
                        .filter(output -> sameFormat(output.getFormat(), format))
                        .forEach(output -> sources.add(step.getName() + "." + output.getName())));
            }
        }
        return sources.isEmpty() ? "a workflow input or a step output in " + format
                : "a workflow input or step output in " + format + ": " + String.join(", ", sources);
    }

    private static boolean sameFormat(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Finds each set of steps that feed each other (strongly connected components) and
     * reports one cycle through it, at the link that closes the cycle.
     */
    private void checkCycles() {
        for (List<Step> component : new Components().of(workflow.getSteps())) {
            Step start = component.get(0);
            List<Link> cycle = shortestCycle(start, new HashSet<>(component));
            if (cycle.isEmpty()) {
                continue;
            }
            StringBuilder names = new StringBuilder(start.getName());
            for (Link link : cycle) {
                names.append(" -> ").append(stepOf(link.getTo()));
            }
            Link closing = cycle.get(cycle.size() - 1);
            problems.error("cycle", "The steps form a cycle: " + names + "; a step runs after the steps it takes data from, "
                    + "so none of these can start. Remove one of the links between them.", closing, Literals.LINK__FROM);
        }
    }

    private static String stepOf(String end) {
        int dot = end.indexOf('.');
        return dot < 0 ? end : end.substring(0, dot);
    }

    /** Breadth-first from {@code start} back to itself inside the component; the links of the cycle, in order. */
    private List<Link> shortestCycle(Step start, Set<Step> component) {
        Map<Step, Link> reachedBy = new IdentityHashMap<>();
        Deque<Step> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Step step = queue.removeFirst();
            for (Link link : edges.getOrDefault(step, List.of())) {
                Step next = steps.get(stepOf(link.getTo()));
                if (!component.contains(next)) {
                    continue;
                }
                if (next == start) {
                    List<Link> path = new ArrayList<>(List.of(link));
                    for (Step at = step; at != start; at = steps.get(stepOf(reachedBy.get(at).getFrom()))) {
                        path.add(0, reachedBy.get(at));
                    }
                    return path;
                }
                if (!reachedBy.containsKey(next)) {
                    reachedBy.put(next, link);
                    queue.addLast(next);
                }
            }
        }
        return List.of();
    }

    /** Tarjan's strongly connected components, each listed in the order the steps are declared. */
    private final class Components {

        private final Map<Step, Integer> index = new IdentityHashMap<>();
        private final Map<Step, Integer> lowLink = new IdentityHashMap<>();
        private final Deque<Step> stack = new ArrayDeque<>();
        private final Set<Step> onStack = new HashSet<>();
        private final List<List<Step>> result = new ArrayList<>();

        List<List<Step>> of(List<Step> declared) {
            Map<Step, Integer> order = new IdentityHashMap<>();
            declared.forEach(step -> order.put(step, order.size()));
            for (Step step : declared) {
                if (!index.containsKey(step)) {
                    visit(step);
                }
            }
            List<List<Step>> ordered = new ArrayList<>();
            for (List<Step> component : result) {
                boolean selfLoop = component.size() == 1 && edges.getOrDefault(component.get(0), List.of()).stream()
                        .anyMatch(link -> steps.get(stepOf(link.getTo())) == component.get(0));
                if (component.size() > 1 || selfLoop) {
                    component.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
                    ordered.add(component);
                }
            }
            ordered.sort((a, b) -> Integer.compare(order.get(a.get(0)), order.get(b.get(0))));
            return ordered;
        }

        /** Iterative, so that a workflow of thousands of chained steps cannot exhaust the stack. */
        private void visit(Step root) {
            Deque<Step> path = new ArrayDeque<>();
            Map<Step, Integer> nextEdge = new IdentityHashMap<>();
            open(root);
            path.push(root);
            nextEdge.put(root, 0);
            while (!path.isEmpty()) {
                Step step = path.peek();
                List<Link> out = edges.getOrDefault(step, List.of());
                int i = nextEdge.get(step);
                if (i < out.size()) {
                    nextEdge.put(step, i + 1);
                    Step next = steps.get(stepOf(out.get(i).getTo()));
                    if (!index.containsKey(next)) {
                        open(next);
                        path.push(next);
                        nextEdge.put(next, 0);
                    } else if (onStack.contains(next)) {
                        lowLink.put(step, Math.min(lowLink.get(step), index.get(next)));
                    }
                    continue;
                }
                path.pop();
                if (!path.isEmpty()) {
                    Step parent = path.peek();
                    lowLink.put(parent, Math.min(lowLink.get(parent), lowLink.get(step)));
                }
                if (lowLink.get(step).equals(index.get(step))) {
                    List<Step> component = new ArrayList<>();
                    Step member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (member != step);
                    result.add(component);
                }
            }
        }

        private void open(Step step) {
            index.put(step, index.size());
            lowLink.put(step, index.get(step));
            stack.push(step);
            onStack.add(step);
        }
    }
}
