package org.vitruvian.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numeric series in a run's outputs and logs: tables inside JSON reports (the MRI
 * heating report's {@code timeCourse}: columns and rows), columns of CSV tables (the cardiac
 * trial's biomarkers per concentration) and a solver's convergence in its step's log (the
 * bone-strength solve step's "iteration N, relative residual R" progress lines).
 */
public final class Charts {

    /**
     * A solver's progress line: {@code VITRUVIAN-PROGRESS 0.412 stance: iteration 812, relative residual 3.10e-05},
     * and its last one, {@code ... stance: 1630 iterations, relative residual 9.8e-09}.
     */
    private static final Pattern RESIDUAL = Pattern.compile(
            "VITRUVIAN-PROGRESS \\S+ (?:(.+?): )?(?:iteration (\\d+)|(\\d+) iterations), relative residual ([-+0-9.eE]+)");

    private Charts() {
    }

    /** The chart a file holds, if any: a table in a JSON report, the first columns of a CSV, or a solver log's convergence. */
    public static Optional<Chart> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) {
            return fromJson(file, JsonTree.read(file));
        }
        if (name.endsWith(".csv")) {
            CsvTable table = CsvTable.read(file);
            int[] columns = defaultColumns(table);
            return columns == null ? Optional.empty() : Optional.of(fromCsv(table, columns[0], columns[1]));
        }
        if (name.endsWith(".log")) {
            return convergence(file);
        }
        return Optional.empty();
    }

    /**
     * The first table in a report: an object with {@code columns} (names) and {@code rows}
     * (arrays of numbers, the first column along the horizontal axis).
     */
    public static Optional<Chart> fromJson(Path file, JsonTree.Node root) {
        JsonTree.Node table = findTable(root);
        if (table == null) {
            return Optional.empty();
        }
        List<JsonTree.Node> columns = table.member("columns").orElseThrow().children();
        List<JsonTree.Node> rows = table.member("rows").orElseThrow().children();
        double[][] values = new double[columns.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            List<JsonTree.Node> row = rows.get(r).children();
            for (int c = 0; c < columns.size(); c++) {
                values[c][r] = c < row.size() ? row.get(c).number() : Double.NaN;
            }
        }
        List<Chart.Series> series = new ArrayList<>();
        for (int c = 1; c < columns.size(); c++) {
            series.add(new Chart.Series(columns.get(c).text(), values[0], values[c], false));
        }
        // The reports say their units once, for all their numbers; the axes say them where they are known.
        boolean timeCourse = table.name().equals("timeCourse") && columns.get(0).text().equals("time");
        String xTitle = timeCourse ? "time (s)" : columns.get(0).text();
        String yTitle = timeCourse ? "temperature rise (K)" : "value";
        String title = (timeCourse ? "Temperature rise over time" : table.name()) + " - " + file.getFileName();
        return Optional.of(new Chart(title, xTitle, yTitle, false, series));
    }

    private static JsonTree.Node findTable(JsonTree.Node node) {
        if (node.kind() == JsonTree.Kind.OBJECT) {
            Optional<JsonTree.Node> columns = node.member("columns");
            Optional<JsonTree.Node> rows = node.member("rows");
            if (columns.isPresent() && rows.isPresent() && columns.get().kind() == JsonTree.Kind.ARRAY
                    && columns.get().children().size() >= 2 && rows.get().kind() == JsonTree.Kind.ARRAY
                    && rows.get().children().stream().allMatch(r -> r.kind() == JsonTree.Kind.ARRAY)) {
                return node;
            }
        }
        for (JsonTree.Node child : node.children()) {
            JsonTree.Node found = findTable(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The columns a CSV chart starts with: the first numeric column across, and down APD90 when
     * the table has it (the biomarker the cardiac trial's risk rests on), else the next numeric
     * column. Null when the table has fewer than two numeric columns.
     */
    public static int[] defaultColumns(CsvTable table) {
        List<Integer> numeric = table.numericColumns();
        if (numeric.size() < 2) {
            return null;
        }
        int x = numeric.get(0);
        int apd90 = table.column("APD90");
        int y = apd90 >= 0 && numeric.contains(apd90) ? apd90 : numeric.get(1);
        return new int[] { x, y };
    }

    /**
     * Column {@code y} against column {@code x}. When an x value repeats (a population of models
     * at each concentration) the rows are samples and show as points, else as a line.
     */
    public static Chart fromCsv(CsvTable table, int x, int y) {
        double[] xs = table.values(x);
        double[] ys = table.values(y);
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isNaN(xs[i]) && !Double.isNaN(ys[i])) {
                kept.add(new double[] { xs[i], ys[i] });
            }
        }
        double[] keptX = new double[kept.size()];
        double[] keptY = new double[kept.size()];
        for (int i = 0; i < keptX.length; i++) {
            keptX[i] = kept.get(i)[0];
            keptY[i] = kept.get(i)[1];
        }
        boolean repeats = java.util.Arrays.stream(keptX).distinct().count() < keptX.length;
        String xName = table.header().get(x);
        String yName = table.header().get(y);
        return new Chart(yName + " per " + xName + " - " + table.file().getFileName(), title(xName), title(yName), false,
                List.of(new Chart.Series(yName, keptX, keptY, repeats)));
    }

    /** A column name as an axis title: concentration_uM reads "concentration (uM)", APD90_change_pct "APD90 change (%)". */
    static String title(String column) {
        String[][] units = { { "_uM", "uM" }, { "_pct", "%" }, { "_ms", "ms" }, { "_mV", "mV" } };
        for (String[] unit : units) {
            if (column.endsWith(unit[0])) {
                return column.substring(0, column.length() - unit[0].length()).replace('_', ' ') + " (" + unit[1] + ")";
            }
        }
        return column.replace('_', ' ');
    }

    /**
     * A solver's convergence from its step's log: the relative residual per iteration for each
     * load case, on a log scale. Empty when the log has no residual lines.
     */
    public static Optional<Chart> convergence(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultFileException(log, "cannot be read (" + e.getMessage() + ")", e);
        }
        Map<String, List<double[]>> cases = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = RESIDUAL.matcher(line);
            if (!m.find()) {
                continue;
            }
            String name = m.group(1) == null ? "solve" : m.group(1);
            double iteration = Double.parseDouble(m.group(2) != null ? m.group(2) : m.group(3));
            double residual = Double.parseDouble(m.group(4));
            List<double[]> points = cases.computeIfAbsent(name, k -> new ArrayList<>());
            if (points.isEmpty()) {
                // The solver starts from zero displacement: a relative residual of 1 at iteration 0.
                points.add(new double[] { 0, 1 });
            }
            points.add(new double[] { iteration, residual });
        }
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        List<Chart.Series> series = new ArrayList<>();
        cases.forEach((name, points) -> series.add(new Chart.Series(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray(), false)));
        return Optional.of(new Chart("Solver convergence - " + log.getParent().getFileName() + "/" + log.getFileName(),
                "iteration", "relative residual", true, series));
    }
}
