package org.vitruvian.ui.diagram.internal;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Edge;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Node;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Port;

/**
 * Places the boxes left to right in layers (ELK layered) and routes the links orthogonally
 * between the ports, which stay where the box drew them (fixed positions).
 */
public final class ElkLayout {

    private static boolean registered;

    private ElkLayout() {
    }

    /**
     * ELK finds its algorithms with ServiceLoader, which sees no providers inside OSGi (ELK issues
     * 1108/1109), so the layered provider is registered by hand, once per class loader.
     */
    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    /** Sets every node's position, every edge's points and the graph's size. Nodes and ports must be sized. */
    public static void layout(DiagramGraph graph) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(32));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 10.0);
        // Keep the YAML's order where the layering allows, so an edit moves as little as possible.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        Map<Node, ElkNode> nodes = new IdentityHashMap<>();
        Map<Port, ElkPort> ports = new IdentityHashMap<>();
        for (Node node : graph.nodes) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setDimensions(node.width, node.height);
            elk.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            for (Port port : node.ports()) {
                ElkPort elkPort = ElkGraphUtil.createPort(elk);
                elkPort.setDimensions(0, 0);
                elkPort.setLocation(port.dx, port.dy);
                elkPort.setProperty(CoreOptions.PORT_SIDE, port.input ? PortSide.WEST : PortSide.EAST);
                ports.put(port, elkPort);
            }
            nodes.put(node, elk);
        }
        Map<Edge, ElkEdge> edges = new IdentityHashMap<>();
        for (Edge edge : graph.edges) {
            edges.put(edge, ElkGraphUtil.createSimpleEdge(ports.get(edge.source), ports.get(edge.target)));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        for (Node node : graph.nodes) {
            ElkNode elk = nodes.get(node);
            node.x = elk.getX();
            node.y = elk.getY();
        }
        for (Edge edge : graph.edges) {
            ElkEdge elk = edges.get(edge);
            if (elk.getSections().isEmpty()) {
                edge.points = new double[] {edge.source.x(), edge.source.y(), edge.target.x(), edge.target.y()};
                continue;
            }
            ElkEdgeSection section = elk.getSections().get(0);
            double[] points = new double[4 + 2 * section.getBendPoints().size()];
            int i = 0;
            points[i++] = section.getStartX();
            points[i++] = section.getStartY();
            for (ElkBendPoint bend : section.getBendPoints()) {
                points[i++] = bend.getX();
                points[i++] = bend.getY();
            }
            points[i++] = section.getEndX();
            points[i++] = section.getEndY();
            edge.points = points;
        }
        graph.width = root.getWidth();
        graph.height = root.getHeight();
    }
}
