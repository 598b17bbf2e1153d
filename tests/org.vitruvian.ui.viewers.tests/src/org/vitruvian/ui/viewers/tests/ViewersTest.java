package org.vitruvian.ui.viewers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.tests.support.RunFixture;
import org.vitruvian.ui.runs.RunsViews;
import org.vitruvian.ui.viewers.internal.ChartViewer;
import org.vitruvian.ui.viewers.internal.CsvTableViewer;
import org.vitruvian.ui.viewers.internal.FileViewer;
import org.vitruvian.ui.viewers.internal.ImageViewer;
import org.vitruvian.ui.viewers.internal.JsonReportViewer;
import org.vitruvian.ui.viewers.internal.VtkSummaryViewer;

/**
 * Outputs open in their viewers the way the Runs view's Open Outputs opens them (the editor
 * registry, by file name), in the real workbench under Xvfb, and show what the files hold.
 */
class ViewersTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + DEADLINE.toSeconds() + " s for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Opens the file as Open Outputs does and waits until the viewer has read it. */
    private static <T extends FileViewer<?>> T open(Path file, Class<T> expected) throws Exception {
        IEditorPart editor = IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(file.toUri()));
        assertInstanceOf(expected, editor, file.getFileName() + " opens in " + expected.getSimpleName());
        T viewer = expected.cast(editor);
        waitUntil(file.getFileName() + " to be read", viewer::isLoaded);
        return viewer;
    }

    /** Saves what the workbench window shows under target/screenshots/, to look at after a run. */
    private static void picture(String name) throws Exception {
        org.eclipse.swt.widgets.Shell shell = page().getWorkbenchWindow().getShell();
        long until = System.nanoTime() + 500_000_000L;
        waitUntil("the viewer to paint", () -> System.nanoTime() > until);
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), bounds.width, bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Files.createDirectories(Path.of("target/screenshots"));
            loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFigureOpensInTheImageViewer() throws Exception {
        ImageData data = new ImageData(40, 20, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        Path file = folder.resolve("figure.png");
        loader.save(file.toString(), SWT.IMAGE_PNG);

        ImageViewer viewer = open(file, ImageViewer.class);
        assertNull(viewer.problem());
        assertEquals(40, viewer.imageBounds().width);
        assertEquals(20, viewer.imageBounds().height);
    }

    @Test
    void theHeatingReportOpensAsATreeWithItsTemperatureOverTimeAsAChart() throws Exception {
        Path file = write("heating-report.json", "{\"service\":\"mri.thermal\",\"peakRise\":{\"rise\":1.2,\"temperature\":23.2},"
                + "\"timeCourse\":{\"columns\":[\"time\",\"hottest\",\"background\"],"
                + "\"rows\":[[0,0,0],[450,0.8,0.1],[900,1.2,0.15]]}}");

        JsonReportViewer viewer = open(file, JsonReportViewer.class);
        TreeItem[] top = viewer.tree().getTree().getItems();
        assertEquals("service", top[0].getText(0));
        assertEquals("mri.thermal", top[0].getText(1));
        assertTrue(top[1].getExpanded(), "the first level is open");
        assertEquals("rise", top[1].getItem(0).getText(0));
        assertEquals("1.2", top[1].getItem(0).getText(1));
        assertEquals(2, viewer.tabs().getItemCount(), "a report with a table of numbers has a Chart tab");
        assertEquals("Chart", viewer.tabs().getItem(1).getText());
        org.eclipse.swtchart.Chart chart = (org.eclipse.swtchart.Chart) viewer.tabs().getItem(1).getControl();
        assertEquals("time (s)", chart.getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals(Arrays.asList("hottest", "background"),
                Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getId).toList());
        picture("json-tree");
        viewer.tabs().setSelection(1);
        picture("json-chart");
    }

    @Test
    void aBrokenReportShowsWhereItIsBroken() throws Exception {
        Path file = write("report.json", "{\n  \"a\": [1, 2,\n}");
        JsonReportViewer viewer = open(file, JsonReportViewer.class);
        assertTrue(viewer.problem().startsWith(file + ":3:1: "), viewer.problem());
    }

    @Test
    void theBiomarkersOpenInNatTableAndChartAPD90PerConcentration() throws Exception {
        Path file = write("biomarkers.csv", "concentration_uM,multiple,model,abnormal,APD90\n"
                + "0,0,m1,false,270\n0,0,m2,false,280\n1.5,1,m1,false,300\n1.5,1,m2,false,310\n");
        CsvTableViewer viewer = open(file, CsvTableViewer.class);
        assertEquals("Table (4 rows)", viewer.tabs().getItem(0).getText());
        // Column header row and row header column around the body: position (1, 1) is the first cell.
        assertEquals("0", viewer.table().getDataValueByPosition(1, 1).toString());
        assertEquals("APD90", viewer.table().getDataValueByPosition(5, 0).toString());
        assertEquals("concentration (uM)", viewer.chart().getAxisSet().getXAxis(0).getTitle().getText());
        assertEquals("APD90", viewer.chart().getAxisSet().getYAxis(0).getTitle().getText());
        assertEquals(4, viewer.chart().getSeriesSet().getSeries()[0].getYSeries().length);
        // NatTable paints with Eclipse Collections; in OSGi their factories only work once the viewer set them up
        // (before, they threw while painting and the table stayed blank).
        assertEquals(0, org.eclipse.collections.api.factory.Lists.mutable.empty().size());
        picture("csv-table");
        viewer.tabs().setSelection(1);
        picture("csv-chart");
    }

    @Test
    void aVtkFileOpensAsItsSummary() throws Exception {
        Path file = write("temperature.vtk", "# vtk DataFile Version 3.0\nMRI heating\nASCII\nDATASET STRUCTURED_POINTS\n"
                + "DIMENSIONS 3 2 2\nORIGIN 0 0 0\nSPACING 1 1 1\nCELL_DATA 2\nSCALARS temperature_rise float 1\n"
                + "LOOKUP_TABLE default\n0.5 2.25\n");
        VtkSummaryViewer viewer = open(file, VtkSummaryViewer.class);
        assertTrue(viewer.headerText().contains("STRUCTURED_POINTS (ASCII): 12 points, 2 cells, 1 arrays"), viewer.headerText());
        assertEquals(1, viewer.fields().getItemCount());
        assertEquals("temperature_rise", viewer.fields().getItem(0).getText(0));
        assertEquals("cell", viewer.fields().getItem(0).getText(1));
        assertEquals("0.5", viewer.fields().getItem(0).getText(5));
        assertEquals("2.25", viewer.fields().getItem(0).getText(6));
        picture("vtk-summary");
    }

    @Test
    void aSolveStepsLogOpensAsItsConvergenceChart() throws Exception {
        Path step = Files.createDirectories(folder.resolve("solve"));
        Path log = step.resolve("stdout.log");
        Files.writeString(log, String.join("\n",
                "VITRUVIAN-PROGRESS 0.200 stance: iteration 100, relative residual 3.10e-04",
                "VITRUVIAN-PROGRESS 0.470 stance: 240 iterations, relative residual 8.00e-09",
                "VITRUVIAN-PROGRESS 0.920 sideways-fall: 260 iterations, relative residual 9.00e-09", ""));
        ChartViewer viewer = open(log, ChartViewer.class);
        assertTrue(viewer.chart().getAxisSet().getYAxis(0).isLogScaleEnabled(), "residuals on a log axis");
        assertEquals(Arrays.asList("stance", "sideways-fall"),
                Arrays.stream(viewer.chart().getSeriesSet().getSeries()).map(ISeries::getId).toList());
    }

    @Test
    void chartTheLogOnAStepOfTheRunsViewOpensThatStepsLog() throws Exception {
        try (RunFixture fixture = new RunFixture(folder)) {
            String runId = fixture.start("workflow.yaml", Map.of(), Map.of("data", fixture.data("data.txt")));
            fixture.awaitEnd(runId);
            org.eclipse.ui.IViewPart view = page().showView(RunsViews.VIEW_ID);
            org.eclipse.swt.widgets.Tree tree = RunsViewRows.tree(view);
            waitUntil("the run's steps to show", () -> RunsViewRows.step(tree, runId, "second") != null);
            RunsViewRows.select(tree, RunsViewRows.step(tree, runId, "second"));

            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.vitruvian.ui.viewers.chartLog", null);

            waitUntil("the step's log to open in the chart viewer",
                    () -> page().getActiveEditor() instanceof ChartViewer chart && chart.isLoaded());
            ChartViewer viewer = (ChartViewer) page().getActiveEditor();
            assertEquals(fixture.runs().logs(runId).get("second"), viewer.file());
            assertNull(viewer.chart(), "the copy service prints no residuals, so there is nothing to plot");
            page().hideView(view);
        }
    }
}
