package org.vitruvian.ui.diagram.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.vitruvian.ui.diagram.internal.DiagramGraph.Edge;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Node;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Port;

/**
 * Whether a link from an output to an input may be drawn, and if not why, in the words of the
 * workflow validator's checks (format-mismatch, linked-twice, cycle), so the diagram refuses what
 * `vitruvian validate` would reject.
 */
public final class LinkRules {

    private LinkRules() {
    }

    /** Empty when {@code source} may feed {@code target}; otherwise the reason, one sentence. */
    public static Optional<String> refusal(DiagramGraph graph, Port source, Port target) {
        if (source.input || !target.input) {
            return Optional.of("A link goes from an output (right side of a box) to an input (left side).");
        }
        if (source.node == target.node) {
            return Optional.of("Step '" + source.node.name + "' cannot take its own output.");
        }
        if (!sameFormat(source.format, target.format)) {
            return Optional.of(describe(source) + " is " + NodeSizes.format(source) + " but " + describe(target) + " takes "
                    + NodeSizes.format(target) + ".");
        }
        List<Edge> existing = graph.edgesInto(target);
        if (!existing.isEmpty()) {
            return Optional.of(describe(target) + " already takes data from '" + existing.get(0).link.getFrom()
                    + "'; delete that link first.");
        }
        if (reaches(graph, target.node, source.node)) {
            return Optional.of("The link would make a cycle: '" + source.node.name + "' already runs after '" + target.node.name + "'.");
        }
        return Optional.empty();
    }

    static String describe(Port port) {
        return switch (port.node.kind) {
            case STEP -> (port.input ? "Input '" : "Output '") + port.reference + "'";
            case WORKFLOW_INPUT -> "Workflow input '" + port.name + "'";
            case WORKFLOW_OUTPUT -> "Workflow output '" + port.name + "'";
        };
    }

    private static boolean sameFormat(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether data flows from {@code from} to {@code to} along existing links. */
    private static boolean reaches(DiagramGraph graph, Node from, Node to) {
        Deque<Node> queue = new ArrayDeque<>(List.of(from));
        Set<Node> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            if (node == to) {
                return true;
            }
            if (seen.add(node)) {
                for (Edge edge : graph.edges) {
                    if (edge.source.node == node) {
                        queue.add(edge.target.node);
                    }
                }
            }
        }
        return false;
    }
}
