package org.vitruvian.ui.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.StepServices;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.ui.diagram.DiagramInput;
import org.vitruvian.ui.diagram.StepCheck;

/**
 * The workflow as boxes, ports and edges with their geometry in diagram coordinates (zoom 1).
 * Built from a {@link DiagramInput}, sized by {@link NodeSizes}, placed by {@link ElkLayout}.
 * Workflow inputs and outputs are small terminal nodes, so every link is an edge between two ports.
 */
public final class DiagramGraph {

    public enum Kind {
        STEP, WORKFLOW_INPUT, WORKFLOW_OUTPUT
    }

    /** A box: a step, or a workflow input or output. */
    public static final class Node {
        public final Kind kind;
        public final String name;
        /** The model object the node stands for: a {@link Step}, or the workflow's {@link DataPort}. */
        public final EObject element;
        /** The service (id@version) for a step, the format for a terminal. */
        public final String subtitle;
        /** Set when the step's service is not among the imports: the box is drawn as broken. */
        public final String problem;
        public final List<Port> inputs = new ArrayList<>();
        public final List<Port> outputs = new ArrayList<>();
        /** The step's site, or null. */
        public String site;
        /** The trust verdict on the step's site: ALLOW, DENY, or null when not decided. */
        public String verdict;
        public String verdictReason;
        /** What the planner decided for the step on the target site, or null when none is chosen. */
        public StepCheck check;
        public double x, y, width, height;

        Node(Kind kind, String name, EObject element, String subtitle, String problem) {
            this.kind = kind;
            this.name = name;
            this.element = element;
            this.subtitle = subtitle;
            this.problem = problem;
        }

        /** The site badge's text: the step's site, or where a run puts it. */
        public String badge() {
            if (check != null) {
                return check.siteId() != null ? check.siteId() : "no site";
            }
            return site != null ? site : "any site";
        }

        /** Trust denies the step where the planner put it, or its container will not work there. */
        public boolean refused() {
            return check != null && (check.isDenied() || check.errors() > 0 || check.siteId() == null);
        }

        /**
         * What the planner decided, in the diagram: the badge follows the target site, the verdict
         * and its reason are the planner's (one truth with {@code vitruvian check}).
         */
        void apply(StepCheck decided) {
            check = decided;
            verdict = decided.verdict() == null ? null : decided.verdict().name();
            verdictReason = decided.reason();
        }

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        public List<Port> ports() {
            List<Port> all = new ArrayList<>(inputs);
            all.addAll(outputs);
            return all;
        }
    }

    /** A typed port. Input ports sit on a box's left side, outputs on its right. */
    public static final class Port {
        public final Node node;
        public final String name;
        public final String format;
        public final boolean input;
        public final boolean optional;
        public final String description;
        /** How links name the port: {@code step.port}, or the bare name of a workflow input or output. */
        public final String reference;
        /** The data classes that reach (input) or leave (output) the port, most sensitive first. */
        public List<DataClassFlow.Carried> data = List.of();
        /** Centre, relative to the node. */
        public double dx, dy;

        Port(Node node, String name, String format, boolean input, boolean optional, String description, String reference) {
            this.node = node;
            this.name = name;
            this.format = format;
            this.input = input;
            this.optional = optional;
            this.description = description;
            this.reference = reference;
        }

        public double x() {
            return node.x + dx;
        }

        public double y() {
            return node.y + dy;
        }
    }

    /** A link, routed orthogonally: its points from the source port to the target port. */
    public static final class Edge {
        public final Link link;
        public final Port source;
        public final Port target;
        public double[] points = new double[0];

        Edge(Link link, Port source, Port target) {
            this.link = link;
            this.source = source;
            this.target = target;
        }
    }

    public final DiagramInput input;
    public final List<Node> nodes = new ArrayList<>();
    public final List<Edge> edges = new ArrayList<>();
    /** Links the diagram cannot draw (a port that does not exist), with why: shown in the status line. */
    public final List<String> unresolved = new ArrayList<>();
    private final Map<String, Port> outputsByReference = new LinkedHashMap<>();
    private final Map<String, Port> inputsByReference = new LinkedHashMap<>();
    public double width, height;

    private DiagramGraph(DiagramInput input) {
        this.input = input;
    }

    /** The nodes, ports and edges of the input, not yet sized or placed. */
    public static DiagramGraph of(DiagramInput input) {
        DiagramGraph graph = new DiagramGraph(input);
        Workflow workflow = input.workflow();
        for (DataPort port : workflow.getInputs()) {
            Node node = new Node(Kind.WORKFLOW_INPUT, port.getName(), port, "input \u00b7 " + port.getFormat(), null);
            graph.add(node, new Port(node, port.getName(), port.getFormat(), false, false, port.getDescription(), port.getName()));
        }
        for (Step step : workflow.getSteps()) {
            Optional<ServiceDefinition> service = StepServices.serviceOf(step);
            String ref = step.getService() == null ? "no service" : step.getService().getId() + " " + step.getService().getVersion();
            Node node = new Node(Kind.STEP, step.getName(), step, ref,
                    service.isPresent() ? null : "Service " + ref + " is not among the workflow's imports; add its file to imports.");
            node.site = step.getSite();
            if (service.isPresent()) {
                for (DataPort port : service.get().getInputs()) {
                    graph.add(node, new Port(node, port.getName(), port.getFormat(), true, port.isOptional(), port.getDescription(),
                            step.getName() + "." + port.getName()));
                }
                for (DataPort port : service.get().getOutputs()) {
                    graph.add(node, new Port(node, port.getName(), port.getFormat(), false, port.isOptional(), port.getDescription(),
                            step.getName() + "." + port.getName()));
                }
            }
            if (!graph.nodes.contains(node)) {
                graph.nodes.add(node);
            }
        }
        for (DataPort port : workflow.getOutputs()) {
            Node node = new Node(Kind.WORKFLOW_OUTPUT, port.getName(), port, "output \u00b7 " + port.getFormat(), null);
            graph.add(node, new Port(node, port.getName(), port.getFormat(), true, false, port.getDescription(), port.getName()));
        }
        for (Link link : workflow.getLinks()) {
            Port source = graph.outputsByReference.get(link.getFrom());
            Port target = graph.inputsByReference.get(link.getTo());
            if (source == null || target == null) {
                graph.unresolved.add("Link " + link.getFrom() + " -> " + link.getTo() + " names no "
                        + (source == null ? "output '" + link.getFrom() : "input '" + link.getTo()) + "'");
                continue;
            }
            graph.edges.add(new Edge(link, source, target));
        }
        return graph;
    }

    /** Puts the planner's decisions on the steps they are about (by name). */
    public void applyChecks() {
        for (Node node : steps()) {
            StepCheck decided = input.checks().get(node.name);
            if (decided != null) {
                node.apply(decided);
            }
        }
    }

    private void add(Node node, Port port) {
        if (port.input) {
            node.inputs.add(port);
            inputsByReference.put(port.reference, port);
        } else {
            node.outputs.add(port);
            outputsByReference.put(port.reference, port);
        }
        if (!nodes.contains(node)) {
            nodes.add(node);
        }
    }

    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name.equals(name)).findFirst();
    }

    public List<Node> steps() {
        return nodes.stream().filter(n -> n.kind == Kind.STEP).toList();
    }

    public Optional<Port> port(String reference, boolean input) {
        return Optional.ofNullable(input ? inputsByReference.get(reference) : outputsByReference.get(reference));
    }

    public List<Edge> edgesInto(Port port) {
        return edges.stream().filter(e -> e.target == port).toList();
    }

    public List<Edge> edgesOf(Node node) {
        return edges.stream().filter(e -> e.source.node == node || e.target.node == node).toList();
    }

    /** A step name not yet taken, from the service id's last part: {@code bone.mesh} gives {@code mesh}, then {@code mesh-2}. */
    public String freshStepName(String serviceId) {
        String base = serviceId.substring(serviceId.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "step-" + base;
        }
        String name = base;
        for (int n = 2; node(name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
