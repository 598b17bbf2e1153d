package org.vitruvian.services.bonestrength.fem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vitruvian.services.bonestrength.InvalidInputException;

/**
 * The two load cases of a proximal femur, placed from landmarks found on the mesh itself: the
 * femoral head (a sphere fitted to the most medial, proximal surface), the greater trochanter
 * (the lowest surface point in a sideways fall) and the distal cut of the shaft, which is fixed.
 *
 * <p>The model must lie in the scanner's patient axes as a supine CT does: z superior, y
 * posterior, x to the patient's left (LPS). The side of the femur is found from the head.
 *
 * <ul>
 * <li><b>Stance</b>: the hip contact force at its peak in walking, 238 % of body weight, acting on
 * the head inferiorly (229 %), laterally (54 %) and posteriorly (33 %): the average patient of
 * Bergmann et al. (2001, J Biomech 34:859). It is spread over the head surface that faces the
 * acetabulum.</li>
 * <li><b>Sideways fall</b>: a fall onto the greater trochanter with the shaft at 10 degrees to the
 * ground and the femur internally rotated by 15 degrees (Courtney et al. 1995; the set-up of the
 * side-impact tests of Eckstein et al. 2004 and of Schileo et al. 2014). The ground pushes the
 * trochanter up; the acetabulum holds the head along the same line with stiff elastic supports,
 * leaving it free to slide across. The applied load is one body weight: the model is linear, so
 * strength scales the load to the one at which bone fails.</li>
 * </ul>
 */
public final class FemurLoadCases {

    /** Gravity, m/s2. */
    public static final double GRAVITY = 9.81;
    /** Stance (Bergmann 2001, average patient, walking peak): lateral, posterior, inferior components in body weights. */
    static final double STANCE_LATERAL = 0.540;
    static final double STANCE_POSTERIOR = 0.328;
    static final double STANCE_INFERIOR = 2.292;
    /** Fall orientation (Courtney et al. 1995). */
    static final double FALL_SHAFT_ANGLE = 10;
    static final double FALL_INTERNAL_ROTATION = 15;
    /** Contact patches: head nodes within this angle of the contact direction, trochanter nodes within this depth. */
    static final double HEAD_CONTACT_ANGLE = 35;
    static final double TROCHANTER_CONTACT_DEPTH = 4;

    /** The landmarks found on the mesh. */
    public record Landmarks(double[] headCentre, double headRadius, double[] shaftAxis, double medialSign,
            double distalZ) {

        public String describe() {
            return String.format(Locale.ROOT, "%s femur, head centre (%.1f, %.1f, %.1f) mm, radius %.1f mm, shaft axis "
                    + "at (%.1f, %.1f) mm, distal cut at z = %.1f mm", medialSign > 0 ? "right" : "left", headCentre[0],
                    headCentre[1], headCentre[2], headRadius, shaftAxis[0], shaftAxis[1], distalZ);
        }
    }

    private final VoxelModel model;
    private final boolean[] surfaceNode;
    private final double[][] nodeNormal;
    private final Landmarks landmarks;

    public FemurLoadCases(VoxelModel model) throws InvalidInputException {
        this.model = model;
        this.surfaceNode = new boolean[model.nodeCount()];
        this.nodeNormal = new double[model.nodeCount()][];
        findSurface();
        this.landmarks = findLandmarks();
    }

    public Landmarks landmarks() {
        return landmarks;
    }

    public double bodyWeight(double bodyMass) {
        return bodyMass * GRAVITY;
    }

    /** Unit directions in the model's axes: medial, anterior and superior. */
    private double[] medial() {
        return new double[] { landmarks.medialSign(), 0, 0 };
    }

    private static final double[] ANTERIOR = { 0, -1, 0 };
    private static final double[] SUPERIOR = { 0, 0, 1 };

    /** Direction of the hip contact force on the head in stance. */
    public double[] stanceDirection() {
        double[] medial = medial();
        double[] force = new double[3];
        for (int c = 0; c < 3; c++) {
            force[c] = -STANCE_LATERAL * medial[c] - STANCE_POSTERIOR * ANTERIOR[c] - STANCE_INFERIOR * SUPERIOR[c];
        }
        return unit(force);
    }

    /**
     * Direction of the ground's push on the trochanter in a sideways fall: the world's up,
     * seen from the femur. Lying on its side, the femur's medial side faces up; the shaft's
     * 10 degrees of adduction lift the knee, so the femur's superior axis points down by
     * that angle; internal rotation turns the anterior surface up by 15 degrees.
     */
    public double[] fallDirection() {
        double shaft = Math.toRadians(FALL_SHAFT_ANGLE);
        double rotation = Math.toRadians(FALL_INTERNAL_ROTATION);
        double[] medial = medial();
        double[] up = new double[3];
        for (int c = 0; c < 3; c++) {
            up[c] = Math.cos(shaft) * Math.cos(rotation) * medial[c] + Math.cos(shaft) * Math.sin(rotation) * ANTERIOR[c]
                    - Math.sin(shaft) * SUPERIOR[c];
        }
        return unit(up);
    }

    /** Stance: 238 % of body weight on the head, distal cut fixed. */
    public LoadCase stance(double bodyMass) {
        double[] direction = stanceDirection();
        double magnitude = Math.sqrt(STANCE_LATERAL * STANCE_LATERAL + STANCE_POSTERIOR * STANCE_POSTERIOR
                + STANCE_INFERIOR * STANCE_INFERIOR) * bodyWeight(bodyMass);
        int[] contact = headPatch(new double[] { -direction[0], -direction[1], -direction[2] });
        int[] fixed = distalNodes();
        return new LoadCase("stance", fixed, new int[0], contact, spread(contact, direction, magnitude), new int[0], null, 0,
                List.of(new LoadCase.ExcludedZone("hip contact", contact, exclusionRadius()),
                        new LoadCase.ExcludedZone("distal fixation", fixed, fixationRadius())));
    }

    /** Sideways fall: one body weight on the trochanter, the head held along the load, distal cut fixed. */
    public LoadCase sidewaysFall(double bodyMass) throws InvalidInputException {
        double[] up = fallDirection();
        int[] trochanter = trochanterPatch(up);
        int[] head = headPatch(up);
        int[] fixed = distalNodes();
        // Stiff against the bone (a node of cortex resists with about E h = 17 kN/mm) yet not so stiff as
        // to slow the solver: the patch as a whole is two orders stiffer than the femur in a fall.
        double stiffness = 2000;
        return new LoadCase("sideways-fall", fixed, new int[0], trochanter, spread(trochanter, up, bodyWeight(bodyMass)), head,
                up, stiffness, List.of(new LoadCase.ExcludedZone("trochanter impact", trochanter, exclusionRadius()),
                        new LoadCase.ExcludedZone("acetabular support", head, exclusionRadius()),
                        new LoadCase.ExcludedZone("distal fixation", fixed, fixationRadius())));
    }

    /** Loads and supports are idealised within a few elements of where they act. */
    private double exclusionRadius() {
        return Math.max(5, 3 * model.elementSize());
    }

    /** The fixed cut distorts the strains over about one shaft diameter (Saint-Venant). */
    private double fixationRadius() {
        return Math.max(25, 3 * model.elementSize());
    }

    private double[] spread(int[] nodes, double[] direction, double magnitude) {
        double[] forces = new double[3 * nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            for (int c = 0; c < 3; c++) {
                forces[3 * i + c] = magnitude * direction[c] / nodes.length;
            }
        }
        return forces;
    }

    /** Head surface nodes whose direction from the head centre lies within the contact angle of {@code towards}. */
    private int[] headPatch(double[] towards) {
        double limit = Math.cos(Math.toRadians(HEAD_CONTACT_ANGLE));
        double[] centre = landmarks.headCentre();
        List<Integer> nodes = new ArrayList<>();
        for (int n = 0; n < model.nodeCount(); n++) {
            if (!surfaceNode[n]) {
                continue;
            }
            double[] p = model.nodePosition(n);
            double[] d = { p[0] - centre[0], p[1] - centre[1], p[2] - centre[2] };
            double length = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            if (length > 0.6 * landmarks.headRadius() && (d[0] * towards[0] + d[1] * towards[1] + d[2] * towards[2]) >= limit * length) {
                nodes.add(n);
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Surface nodes of the proximal femur within the contact depth of its lowest point in the fall. */
    private int[] trochanterPatch(double[] up) throws InvalidInputException {
        double proximal = landmarks.headCentre()[2] - 2.5 * landmarks.headRadius();
        double lowest = Double.MAX_VALUE;
        for (int n = 0; n < model.nodeCount(); n++) {
            double[] p = model.nodePosition(n);
            if (surfaceNode[n] && p[2] > proximal) {
                lowest = Math.min(lowest, dot(p, up));
            }
        }
        List<Integer> nodes = new ArrayList<>();
        for (int n = 0; n < model.nodeCount(); n++) {
            double[] p = model.nodePosition(n);
            if (surfaceNode[n] && p[2] > proximal && dot(p, up) <= lowest + TROCHANTER_CONTACT_DEPTH
                    && dot(nodeNormal[n], up) < 0) {
                nodes.add(n);
            }
        }
        if (nodes.isEmpty()) {
            throw new InvalidInputException("no trochanter surface faces the ground in a sideways fall; is the femur in "
                    + "the scanner's axes, z superior?");
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Nodes on the lowest plane of the mesh: the distal cut of the shaft. */
    private int[] distalNodes() {
        List<Integer> nodes = new ArrayList<>();
        for (int n = 0; n < model.nodeCount(); n++) {
            if (model.nodePosition(n)[2] <= landmarks.distalZ() + 1e-6) {
                nodes.add(n);
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Marks the nodes of uncovered element faces, with the outward normal summed over their faces. */
    private void findSurface() {
        int[] neighbours = new int[6];
        int[][] faceCorners = { { 0, 3, 4, 7 }, { 1, 2, 5, 6 }, { 0, 1, 4, 5 }, { 2, 3, 6, 7 }, { 0, 1, 2, 3 },
                { 4, 5, 6, 7 } };
        double[][] normals = { { -1, 0, 0 }, { 1, 0, 0 }, { 0, -1, 0 }, { 0, 1, 0 }, { 0, 0, -1 }, { 0, 0, 1 } };
        for (int e = 0; e < model.elementCount(); e++) {
            model.faceNeighbours(e, neighbours);
            int[] nodes = null;
            for (int f = 0; f < 6; f++) {
                if (neighbours[f] >= 0) {
                    continue;
                }
                if (nodes == null) {
                    nodes = model.vtkNodes(e);
                }
                for (int corner : faceCorners[f]) {
                    int n = nodes[corner];
                    surfaceNode[n] = true;
                    if (nodeNormal[n] == null) {
                        nodeNormal[n] = new double[3];
                    }
                    for (int c = 0; c < 3; c++) {
                        nodeNormal[n][c] += normals[f][c];
                    }
                }
            }
        }
        for (int n = 0; n < nodeNormal.length; n++) {
            if (nodeNormal[n] != null) {
                double[] u = nodeNormal[n];
                double length = Math.sqrt(dot(u, u));
                nodeNormal[n] = length > 0 ? new double[] { u[0] / length, u[1] / length, u[2] / length } : u;
            }
        }
    }

    private Landmarks findLandmarks() throws InvalidInputException {
        double zMin = Double.MAX_VALUE;
        double zMax = -Double.MAX_VALUE;
        for (int n = 0; n < model.nodeCount(); n++) {
            double z = model.nodePosition(n)[2];
            zMin = Math.min(zMin, z);
            zMax = Math.max(zMax, z);
        }
        double height = zMax - zMin;
        if (height < 40) {
            throw new InvalidInputException(String.format(Locale.ROOT, "the model is %.0f mm tall; a proximal femur "
                    + "from the head to below the lesser trochanter is at least 40 mm", height));
        }
        // The shaft axis: the centroid of the distal 15 mm of elements.
        double[] axis = new double[2];
        int count = 0;
        for (int e = 0; e < model.elementCount(); e++) {
            double[] c = model.centroid(e);
            if (c[2] < zMin + Math.min(15, height / 5)) {
                axis[0] += c[0];
                axis[1] += c[1];
                count++;
            }
        }
        axis[0] /= count;
        axis[1] /= count;
        // The head is the surface farthest from the shaft axis, across, in the proximal part.
        double farthest = -1;
        double[] apex = null;
        for (int n = 0; n < model.nodeCount(); n++) {
            double[] p = model.nodePosition(n);
            if (!surfaceNode[n] || p[2] < zMin + 0.5 * height) {
                continue;
            }
            double across = Math.abs(p[0] - axis[0]);
            if (across > farthest) {
                farthest = across;
                apex = p;
            }
        }
        if (apex == null) {
            throw new InvalidInputException("found no femoral head on the mesh");
        }
        double side = Math.signum(apex[0] - axis[0]);
        // First guess of the head: surface within 20 mm of the apex across and 25 mm along z.
        List<double[]> cap = new ArrayList<>();
        for (int n = 0; n < model.nodeCount(); n++) {
            double[] p = model.nodePosition(n);
            if (surfaceNode[n] && side * (p[0] - apex[0]) > -20 && Math.abs(p[2] - apex[2]) < 25) {
                cap.add(p);
            }
        }
        double[] sphere = fitSphere(cap);
        // Refined: the surface within 2 mm of that sphere, on the head's side of its centre.
        for (int round = 0; round < 2; round++) {
            List<double[]> near = new ArrayList<>();
            for (int n = 0; n < model.nodeCount(); n++) {
                double[] p = model.nodePosition(n);
                double d = Math.sqrt((p[0] - sphere[0]) * (p[0] - sphere[0]) + (p[1] - sphere[1]) * (p[1] - sphere[1])
                        + (p[2] - sphere[2]) * (p[2] - sphere[2]));
                if (surfaceNode[n] && Math.abs(d - sphere[3]) < 2 + model.elementSize()
                        && side * (p[0] - sphere[0]) > -0.3 * sphere[3]) {
                    near.add(p);
                }
            }
            if (near.size() >= 10) {
                sphere = fitSphere(near);
            }
        }
        if (!(sphere[3] > 5 && sphere[3] < 45)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "the femoral head found on the mesh has a radius "
                    + "of %.1f mm; is this a proximal femur in the scanner's axes, z superior?", sphere[3]));
        }
        return new Landmarks(new double[] { sphere[0], sphere[1], sphere[2] }, sphere[3], axis, side, zMin);
    }

    /** Least-squares sphere through points: |p|^2 = 2 c.p + (r^2 - |c|^2) is linear in c and that constant. */
    static double[] fitSphere(List<double[]> points) throws InvalidInputException {
        if (points.size() < 4) {
            throw new InvalidInputException("too few surface points to fit the femoral head");
        }
        double[][] normal = new double[4][4];
        double[] rhs = new double[4];
        for (double[] p : points) {
            double[] row = { 2 * p[0], 2 * p[1], 2 * p[2], 1 };
            double value = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    normal[i][j] += row[i] * row[j];
                }
                rhs[i] += row[i] * value;
            }
        }
        double[] x = solve4(normal, rhs);
        double radius = Math.sqrt(x[3] + x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
        return new double[] { x[0], x[1], x[2], radius };
    }

    private static double[] solve4(double[][] a, double[] b) throws InvalidInputException {
        int n = 4;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[col][col]) < 1e-12) {
                throw new InvalidInputException("the femoral head's surface points do not determine a sphere");
            }
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double factor = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= factor * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    private static double[] unit(double[] v) {
        double length = Math.sqrt(dot(v, v));
        return new double[] { v[0] / length, v[1] / length, v[2] / length };
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    /** Elements within each zone's radius (through the bone, along face neighbours) of its nodes. */
    public static boolean[] excludedElements(VoxelModel model, LoadCase loadCase) {
        boolean[] excluded = new boolean[model.elementCount()];
        for (LoadCase.ExcludedZone zone : loadCase.excludedZones()) {
            boolean[] node = new boolean[model.nodeCount()];
            for (int n : zone.nodes()) {
                node[n] = true;
            }
            int[] distance = new int[model.elementCount()];
            java.util.Arrays.fill(distance, -1);
            int[] queue = new int[model.elementCount()];
            int head = 0;
            int tail = 0;
            for (int e = 0; e < model.elementCount(); e++) {
                for (int n : model.vtkNodes(e)) {
                    if (node[n]) {
                        distance[e] = 0;
                        queue[tail++] = e;
                        break;
                    }
                }
            }
            int layers = (int) Math.ceil(zone.radius() / model.elementSize());
            int[] neighbours = new int[6];
            while (head < tail) {
                int e = queue[head++];
                excluded[e] = true;
                if (distance[e] >= layers) {
                    continue;
                }
                model.faceNeighbours(e, neighbours);
                for (int n : neighbours) {
                    if (n >= 0 && distance[n] < 0) {
                        distance[n] = distance[e] + 1;
                        queue[tail++] = n;
                    }
                }
            }
        }
        return excluded;
    }
}
