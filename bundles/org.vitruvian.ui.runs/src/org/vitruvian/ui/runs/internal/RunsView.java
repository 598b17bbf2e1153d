package org.vitruvian.ui.runs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.part.ViewPart;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.RunEvent;
import org.vitruvian.execution.RunListener;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.RunStore;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;
import org.vitruvian.ui.runs.internal.RunNode.StepNode;

/**
 * Every run in the run store, newest first, each with its steps: state, progress, elapsed
 * time, site and job id. It decides nothing: records come from the {@link RunStore} and the
 * {@link Runs} service's events (which include runs the CLI starts or advances in another
 * process), and every action calls {@link Runs} or the RO-Crate exporter, as the CLI does.
 *
 * <p>The UI thread never reads the store or talks to a site: reading, advancing, cancelling and
 * exporting run as Eclipse jobs. Records from jobs and events wait in {@link #pending} (the
 * newest per run) and reach the tree in one batch at most every {@link #BATCH_MILLIS}, so a
 * burst of changes costs one short tree update, not one per change.
 */
public final class RunsView extends ViewPart {

    /** Longest wait between a change and the tree showing it; also how the cost of bursts is bounded. */
    static final int BATCH_MILLIS = 100;
    /** Elapsed times of running steps tick this often. */
    private static final int TICK_MILLIS = 1000;

    static final int COLUMN_NAME = 0;
    static final int COLUMN_STATE = 1;
    static final int COLUMN_PROGRESS = 2;
    static final int COLUMN_ELAPSED = 3;
    static final int COLUMN_SITE = 4;
    static final int COLUMN_JOB = 5;
    static final int COLUMN_STARTED = 6;

    private final Map<String, RunRecord> pending = new ConcurrentHashMap<>();
    /** Runs the store lists, in its order (newest first), to show as rows before their records are read. */
    private final java.util.concurrent.ConcurrentLinkedQueue<String> listed = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** At most this many rows are added per batch, so a store of thousands never holds the UI thread long. */
    static final int ROWS_PER_BATCH = 250;
    private long longestFlushNanos;
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    /** Run ids a refresh found gone from the store; removed with the next batch. */
    private final Set<String> gone = ConcurrentHashMap.newKeySet();
    private final Map<String, RunNode> nodes = new HashMap<>();
    /** The tree's input: a constant, since the map of nodes changes (and with it its hash code). */
    private static final Object ROOT = new Object();
    /** Family of the jobs that stop listening after the view closed; tests wait for them. */
    public static final Object DETACH_FAMILY = new Object();
    private final RunListener listener = event -> offer(event.run());
    private final Object serviceLock = new Object();

    private TreeViewer viewer;
    private StateIcons icons;
    private Display display;
    private ServiceHandle<Runs> runsHandle;
    private boolean listening;
    private volatile boolean disposed;
    private volatile boolean loaded;
    private volatile String problem;

    private Action cancelAction;
    private Action watchAction;
    private Action logAction;
    private Action outputsAction;
    private Action exportAction;
    private Action refreshAction;
    private Action collapseAction;

    @Override
    public void createPartControl(Composite parent) {
        display = parent.getDisplay();
        icons = new StateIcons(display);
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new Content());
        viewer.setComparator(new NewestFirst());
        createColumns();
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setInput(ROOT);
        getSite().setSelectionProvider(viewer);

        createActions();
        viewer.addSelectionChangedListener(e -> updateActions());
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof StepNode) {
                logAction.run();
            } else if (first instanceof RunNode run) {
                viewer.setExpandedState(run, !viewer.getExpandedState(run));
            }
        });
        updateActions();
        setContentDescription("Reading the run store...");
        display.timerExec(TICK_MILLIS, this::tick);
        new Reader(false).schedule();
    }

    // --- columns --------------------------------------------------------------------------

    private void createColumns() {
        column("Name", 340, new NameLabels());
        column("State", 140, new Text() {
            @Override
            String text(Object element) {
                if (element instanceof RunNode run) {
                    if (!run.isRead()) {
                        return "Reading...";
                    }
                    RunRecord r = run.record();
                    return Labels.state(r.state()) + (r.steps().isEmpty() ? "" : " (" + r.completedSteps() + "/" + r.steps().size() + ")");
                }
                return Labels.state(((StepNode) element).record().state());
            }

            @Override
            public Image getImage(Object element) {
                if (element instanceof RunNode run && !run.isRead()) {
                    return null;
                }
                return element instanceof RunNode run ? icons.of(run.record().state()) : icons.of(((StepNode) element).record().state());
            }

            @Override
            public String getToolTipText(Object element) {
                String detail = element instanceof RunNode run ? Labels.detail(run.record()) : Labels.detail(((StepNode) element).record());
                return detail.isEmpty() ? null : detail;
            }
        });
        column("Progress", 140, new ProgressBars(viewer.getTree()));
        column("Elapsed", 90, new Text() {
            @Override
            String text(Object element) {
                Instant now = Instant.now();
                if (element instanceof RunNode run && !run.isRead()) {
                    return "";
                }
                return element instanceof RunNode run ? Labels.elapsed(run.record(), now) : Labels.elapsed(((StepNode) element).record(), now);
            }
        });
        column("Site", 110, new Text() {
            @Override
            String text(Object element) {
                return element instanceof RunNode run ? run.record().site() : ((StepNode) element).record().site();
            }
        });
        column("Job ID", 110, new Text() {
            @Override
            String text(Object element) {
                if (!(element instanceof StepNode step) || step.record().jobId() == null) {
                    return "";
                }
                return step.record().jobId();
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof StepNode step ? step.record().jobId() : null;
            }
        });
        column("Started", 150, new Text() {
            @Override
            String text(Object element) {
                return Labels.when(element instanceof RunNode run ? run.record().created() : ((StepNode) element).record().started());
            }
        });
    }

    private void column(String title, int width, org.eclipse.jface.viewers.CellLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(labels);
    }

    private abstract static class Text extends ColumnLabelProvider {
        abstract String text(Object element);

        @Override
        public String getText(Object element) {
            String text = text(element);
            return text == null ? "" : text;
        }
    }

    /**
     * The workflow's name with the run id after it. Plain text on purpose: owner-drawn cells
     * (styled text) make GTK measure every row again on each change, which over a thousand runs
     * costs the UI thread seconds (bench/ide-runs).
     */
    private static final class NameLabels extends Text {
        @Override
        String text(Object element) {
            if (element instanceof RunNode run) {
                return run.isRead() ? Labels.name(run.record()) + "  (" + run.id() + ")" : run.id();
            }
            StepRecord step = ((StepNode) element).record();
            return step.service() == null ? step.name() : step.name() + "  (" + step.service() + ")";
        }

        @Override
        public String getToolTipText(Object element) {
            return element instanceof RunNode run ? Labels.detail(run.record()) : null;
        }
    }

    /** A bar per step from the last progress its service reported; per run, the share of steps done. */
    private final class ProgressBars extends ColumnLabelProvider {
        private final Color bar = new Color(new RGB(120, 170, 230));
        private final Color done = new Color(new RGB(130, 200, 140));
        private final Color failed = new Color(new RGB(230, 140, 140));

        ProgressBars(Tree tree) {
            // Only PaintItem, no MeasureItem or EraseItem: those make GTK measure every row on each change.
            tree.addListener(SWT.PaintItem, event -> {
                if (event.index == COLUMN_PROGRESS && event.item.getData() != null) {
                    paint(event, event.item.getData());
                }
            });
        }

        @Override
        public String getText(Object element) {
            return "";
        }

        private void paint(Event event, Object element) {
            double fraction;
            String label;
            Color fill;
            if (element instanceof RunNode run) {
                RunRecord r = run.record();
                if (r.steps().isEmpty() || !run.isRead()) {
                    return;
                }
                fraction = (double) r.completedSteps() / r.steps().size();
                label = Math.round(fraction * 100) + "%";
                fill = r.state() == RunState.COMPLETED ? done : r.state().isFinal() ? failed : bar;
            } else {
                StepRecord s = ((StepNode) element).record();
                if (s.state() == StepState.COMPLETED) {
                    fraction = 1;
                } else if (s.progress() != null && (s.state().isActive() || s.state().isFinal())) {
                    fraction = s.progress().fraction();
                } else {
                    return;
                }
                label = Math.round(fraction * 100) + "%";
                fill = s.state() == StepState.COMPLETED ? done : s.state().isFinal() ? failed : bar;
            }
            Rectangle cell = ((org.eclipse.swt.widgets.TreeItem) event.item).getBounds(event.index);
            GC gc = event.gc;
            Color oldBackground = gc.getBackground();
            Color oldForeground = gc.getForeground();
            int x = cell.x + 3;
            int y = cell.y + 3;
            int w = Math.max(0, cell.width - 7);
            int h = Math.max(0, cell.height - 7);
            gc.setBackground(fill);
            gc.fillRectangle(x, y, (int) Math.round(w * fraction), h);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            gc.drawRectangle(x, y, w, h);
            gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            Point extent = gc.textExtent(label);
            gc.drawText(label, x + (w - extent.x) / 2, y + (h - extent.y) / 2 + 1, true);
            gc.setBackground(oldBackground);
            gc.setForeground(oldForeground);
        }

        @Override
        public void dispose() {
            bar.dispose();
            done.dispose();
            failed.dispose();
            super.dispose();
        }
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return nodes.values().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof RunNode run ? run.steps().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof StepNode step ? step.run() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            // A run not read yet shows the expand marker: almost every run has steps, and taking it
            // away later is cheaper than restructuring every row as records arrive.
            return element instanceof RunNode run && (!run.isRead() || !run.steps().isEmpty());
        }
    }

    /** Runs newest first; steps in workflow order. */
    private static final class NewestFirst extends ViewerComparator {
        @Override
        public int compare(Viewer viewer, Object a, Object b) {
            if (a instanceof StepNode x && b instanceof StepNode y) {
                return Integer.compare(x.index(), y.index());
            }
            RunNode x = (RunNode) a;
            RunNode y = (RunNode) b;
            int byTime = y.created().compareTo(x.created());
            return byTime != 0 ? byTime : y.id().compareTo(x.id());
        }
    }

    // --- records in, batched ------------------------------------------------------------

    /** Takes a record from any thread; the tree shows it with the next batch. */
    private void offer(RunRecord record) {
        if (record == null || record.id() == null || disposed) {
            return;
        }
        pending.merge(record.id(), record, (old, now) -> old.updated() != null && now.updated() != null
                && old.updated().isAfter(now.updated()) ? old : now);
        scheduleFlush();
    }

    private void scheduleFlush() {
        if (flushScheduled.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(() -> {
                if (display.isDisposed()) {
                    return;
                }
                // The first records go up at once, so the view fills as soon as it opens; later ones are batched.
                display.timerExec(nodes.isEmpty() ? 0 : BATCH_MILLIS, this::flush);
            });
        }
    }

    private void flush() {
        flushScheduled.set(false);
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        long start = System.nanoTime();
        try {
            apply();
        } finally {
            longestFlushNanos = Math.max(longestFlushNanos, System.nanoTime() - start);
        }
    }

    private void apply() {
        List<RunNode> addedRows = new ArrayList<>();
        Set<RunNode> added = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String id = listed.peek(); id != null && added.size() < ROWS_PER_BATCH; id = listed.peek()) {
            listed.poll();
            if (!nodes.containsKey(id) && !pending.containsKey(id)) {
                RunNode node = new RunNode(id);
                nodes.put(id, node);
                added.add(node);
                addedRows.add(node);
            }
        }
        if (!listed.isEmpty()) {
            scheduleFlush();
        }
        List<RunNode> restructured = new ArrayList<>();
        Set<Object> changed = new HashSet<>();
        for (String id : new ArrayList<>(pending.keySet())) {
            RunRecord record = pending.remove(id);
            if (record == null) {
                continue;
            }
            RunNode node = nodes.get(id);
            if (node == null) {
                node = new RunNode(record);
                nodes.put(id, node);
                added.add(node);
                addedRows.add(node);
            } else if (!node.isRead()) {
                // A row the store listed: its first record. Rows not yet in the tree are drawn with it when added.
                boolean inTree = !added.contains(node);
                node.update(record);
                if (inTree && (node.steps().isEmpty() || viewer.getExpandedState(node))) {
                    restructured.add(node);
                } else if (inTree) {
                    changed.add(node);
                }
            } else if (added.contains(node)) {
                node.update(record);
            } else if (!record.equals(node.record()) && !node.isNewerThan(record)) {
                RunRecord was = node.record();
                if (node.update(record)) {
                    changed.add(node);
                    collectChangedSteps(node, was, changed);
                } else {
                    restructured.add(node);
                }
            }
        }
        List<RunNode> removed = new ArrayList<>();
        for (String id : new ArrayList<>(gone)) {
            gone.remove(id);
            RunNode node = nodes.remove(id);
            if (node != null) {
                removed.add(node);
            }
        }
        if (added.isEmpty() && restructured.isEmpty() && changed.isEmpty() && removed.isEmpty()) {
            return;
        }
        Tree tree = viewer.getTree();
        boolean many = added.size() + changed.size() + restructured.size() > 50;
        if (many) {
            tree.setRedraw(false);
        }
        try {
            if (!removed.isEmpty()) {
                viewer.remove(removed.toArray());
            }
            if (addedRows.size() > 20) {
                // Many rows: one structural refresh builds them in order in one pass, where add()
                // would look up the tree's rows again for every new one.
                viewer.refresh(false);
            } else if (!addedRows.isEmpty()) {
                viewer.add(ROOT, addedRows.toArray());
            }
            for (RunNode node : restructured) {
                viewer.refresh(node, true);
            }
            if (!changed.isEmpty()) {
                viewer.update(changed.toArray(), null);
            }
        } finally {
            if (many) {
                tree.setRedraw(true);
            }
        }
        updateDescription();
        updateActions();
    }

    /** Steps whose record differs from before; only those are redrawn. */
    private static void collectChangedSteps(RunNode node, RunRecord was, Set<Object> changed) {
        List<StepRecord> before = was.steps();
        List<StepNode> now = node.steps();
        for (int i = 0; i < now.size(); i++) {
            if (i >= before.size() || !before.get(i).equals(now.get(i).record())) {
                changed.add(now.get(i));
            }
        }
    }

    private void tick() {
        if (disposed || viewer.getControl().isDisposed()) {
            return;
        }
        List<Object> running = new ArrayList<>();
        for (RunNode node : nodes.values()) {
            if (node.isRead() && !node.record().state().isFinal()) {
                running.add(node);
                for (StepNode step : node.steps()) {
                    if (step.record().state().isActive()) {
                        running.add(step);
                    }
                }
            }
        }
        if (!running.isEmpty()) {
            viewer.update(running.toArray(), new String[] { "elapsed" });
        }
        display.timerExec(TICK_MILLIS, this::tick);
    }

    private void updateDescription() {
        if (problem != null) {
            setContentDescription(problem);
        } else if (!loaded) {
            setContentDescription("Reading the run store... " + nodes.size() + " runs so far");
        } else if (nodes.isEmpty()) {
            setContentDescription("No runs yet. Runs started here or with 'vitruvian run' appear here as they start.");
        } else {
            setContentDescription("");
        }
    }

    // --- reading the store ---------------------------------------------------------------

    /**
     * Reads every record of the store off the UI thread, newest first, and starts listening
     * for changes. Records are read before the listener is added (adding it makes the engine
     * read the store once more for its own baseline); records that changed in between are read
     * again afterwards, so nothing is missed.
     */
    private final class Reader extends Job {
        private final boolean again;

        Reader(boolean again) {
            super(again ? "Reading the run store again" : "Reading the run store");
            this.again = again;
            setPriority(Job.SHORT);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            try {
                Runs runs = runs();
                RunStore store = runs.store();
                List<String> ids = store.list();
                if (!again) {
                    listed.addAll(ids);
                    scheduleFlush();
                }
                monitor.beginTask("Reading " + ids.size() + " runs", ids.size() + 1);
                Map<String, FileTime> readAt = new LinkedHashMap<>();
                for (String id : ids) {
                    if (monitor.isCanceled() || disposed) {
                        return Status.CANCEL_STATUS;
                    }
                    read(store, id, readAt);
                    monitor.worked(1);
                }
                if (again) {
                    for (String known : new ArrayList<>(nodes.keySet())) {
                        if (!readAt.containsKey(known)) {
                            gone.add(known);
                        }
                    }
                    scheduleFlush();
                } else {
                    listen(runs);
                    // What changed or appeared while the engine took its baseline.
                    for (String id : store.list()) {
                        FileTime before = readAt.get(id);
                        if (before == null || !before.equals(modified(store, id))) {
                            read(store, id, readAt);
                        }
                    }
                }
                problem = null;
                return Status.OK_STATUS;
            } catch (VitruvianException | org.vitruvian.core.services.ServiceUnavailableException e) {
                problem = "Cannot read the runs: " + e.getMessage();
                return Status.OK_STATUS;
            } finally {
                loaded = true;
                monitor.done();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (!disposed) {
                            updateDescription();
                        }
                    });
                }
            }
        }

        private void read(RunStore store, String id, Map<String, FileTime> readAt) {
            FileTime time = modified(store, id);
            try {
                offer(store.read(id));
                readAt.put(id, time);
            } catch (VitruvianException | IllegalArgumentException e) {
                // Being replaced or removed right now: the listener reports its next state.
            }
        }
    }

    private static FileTime modified(RunStore store, String id) {
        try {
            return Files.getLastModifiedTime(store.folder(id).resolve("run.json"));
        } catch (IOException | VitruvianException e) {
            return null;
        }
    }

    /** The engine; waits for it (off the UI thread only), kept while the view is open. */
    Runs runs() {
        synchronized (serviceLock) {
            if (disposed) {
                throw new org.vitruvian.core.services.ServiceUnavailableException(Runs.class, "the Runs view was closed");
            }
            if (runsHandle == null) {
                runsHandle = Services.await(RunsView.class, Runs.class);
            }
            return runsHandle.get();
        }
    }

    private void listen(Runs runs) {
        // Not under the lock: adding the first listener makes the engine read the whole store,
        // and the view's dispose (on the UI thread) must never wait for that.
        runs.addListener(listener);
        boolean closedMeanwhile;
        synchronized (serviceLock) {
            closedMeanwhile = disposed;
            listening = !closedMeanwhile;
        }
        if (closedMeanwhile) {
            runs.removeListener(listener);
        }
    }

    // --- actions -------------------------------------------------------------------------

    private void createActions() {
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        cancelAction = action("&Cancel Run", "Cancel every unfinished job of the run", shared.getImageDescriptor(ISharedImages.IMG_ELCL_STOP),
                () -> selectedRun().ifPresent(run -> RunJobs.cancel(this, run.id())));
        watchAction = action("&Watch Until It Ends", "Advance the run until it ends, as 'vitruvian resume' does",
                ImageDescriptor.createFromImage(icons.of(StepState.RUNNING)),
                () -> selectedRun().ifPresent(run -> RunJobs.watch(this, run.id())));
        logAction = action("Show &Log in Console", "Show the step's log in the Console, followed while it runs",
                ConsolePlugin.getImageDescriptor(IConsoleConstants.IMG_VIEW_CONSOLE), this::showLog);
        outputsAction = action("&Open Outputs", "Open the outputs in their editors", shared.getImageDescriptor(ISharedImages.IMG_OBJ_FILE),
                this::openOutputs);
        exportAction = action("&Export RO-Crate...", "Export the ended run as a Workflow Run RO-Crate",
                shared.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT),
                () -> selectedRun().ifPresent(run -> RunJobs.export(this, run.id())));
        refreshAction = action("&Refresh", "Read the run store again", null, () -> new Reader(true).schedule());
        refreshAction.setAccelerator(SWT.F5);
        collapseAction = action("Collapse All", "Collapse All", shared.getImageDescriptor(ISharedImages.IMG_ELCL_COLLAPSEALL),
                () -> viewer.collapseAll());

        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(watchAction);
        toolBar.add(cancelAction);
        toolBar.add(new Separator());
        toolBar.add(logAction);
        toolBar.add(outputsAction);
        toolBar.add(exportAction);
        toolBar.add(new Separator());
        toolBar.add(collapseAction);
        IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
        viewMenu.add(refreshAction);

        MenuManager context = new MenuManager("#PopupMenu");
        context.add(watchAction);
        context.add(cancelAction);
        context.add(new Separator());
        context.add(logAction);
        context.add(outputsAction);
        context.add(exportAction);
        context.add(new Separator());
        context.add(refreshAction);
        context.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(context.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(context, viewer);
        getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.REFRESH.getId(), refreshAction);
    }

    private static Action action(String text, String tip, ImageDescriptor image, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tip);
        if (image != null) {
            action.setImageDescriptor(image);
        }
        return action;
    }

    private void updateActions() {
        if (cancelAction == null) {
            return;
        }
        RunRecord run = selectedRun().map(RunNode::record).orElse(null);
        boolean running = run != null && run.state() == RunState.RUNNING;
        cancelAction.setEnabled(running);
        watchAction.setEnabled(running && !RunJobs.isWatched(run.id()));
        logAction.setEnabled(selectedStepWithLog() != null);
        outputsAction.setEnabled(selectedStep().map(s -> s.record().state() == StepState.COMPLETED && !s.record().outputs().isEmpty())
                .orElse(run != null && run.state() == RunState.COMPLETED));
        exportAction.setEnabled(run != null && run.state().isFinal() && run.state() != RunState.REFUSED);
    }

    private java.util.Optional<RunNode> selectedRun() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        if (first instanceof StepNode step) {
            return java.util.Optional.of(step.run());
        }
        return first instanceof RunNode run ? java.util.Optional.of(run) : java.util.Optional.empty();
    }

    private java.util.Optional<StepNode> selectedStep() {
        return viewer.getStructuredSelection().getFirstElement() instanceof StepNode step ? java.util.Optional.of(step) : java.util.Optional.empty();
    }

    /** The selected step, or for a selected run the step under way (else the last one that started). */
    private StepNode selectedStepWithLog() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        if (first instanceof StepNode step) {
            return step.record().workDir() != null ? step : null;
        }
        if (first instanceof RunNode run) {
            StepNode last = null;
            for (StepNode step : run.steps()) {
                if (step.record().state().isActive()) {
                    return step;
                }
                if (step.record().started() != null) {
                    last = step;
                }
            }
            return last;
        }
        return null;
    }

    private void showLog() {
        StepNode step = selectedStepWithLog();
        if (step != null) {
            RunJobs.showLog(this, step.run().id(), step.name());
        }
    }

    private void openOutputs() {
        java.util.Optional<StepNode> step = selectedStep();
        if (step.isPresent()) {
            RunJobs.openOutputs(this, step.get().run().id(), step.get().name());
        } else {
            selectedRun().ifPresent(run -> RunJobs.openOutputs(this, run.id(), null));
        }
    }

    // --- for RunJobs and tests ----------------------------------------------------------

    Display display() {
        return display;
    }

    boolean isDisposed() {
        return disposed;
    }

    void actionsChanged() {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!disposed) {
                    updateActions();
                }
            });
        }
    }

    /** Takes a record a job of this view just wrote, without waiting for the engine's event. */
    void show(RunRecord record) {
        offer(record);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** Whether the first reading of the store has ended (the tree may still be taking its last batch). */
    public boolean isLoaded() {
        return loaded;
    }

    /** The node of a run the tree shows, or null. UI thread only. */
    public RunNode node(String runId) {
        return nodes.get(runId);
    }

    public int runCount() {
        return nodes.size();
    }

    /** How many runs show their record (not only their id). UI thread only. */
    public int readCount() {
        return (int) nodes.values().stream().filter(RunNode::isRead).count();
    }

    /** The longest the UI thread spent applying one batch since the last call; for the benchmark. */
    public long takeLongestBatchMillis() {
        long longest = longestFlushNanos;
        longestFlushNanos = 0;
        return Math.round(longest / 1e6);
    }

    public Action cancelAction() {
        return cancelAction;
    }

    public Action watchAction() {
        return watchAction;
    }

    public Action logAction() {
        return logAction;
    }

    public Action exportAction() {
        return exportAction;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ServiceHandle<Runs> handle;
        boolean wasListening;
        synchronized (serviceLock) {
            disposed = true;
            handle = runsHandle;
            wasListening = listening;
            runsHandle = null;
            listening = false;
        }
        if (handle != null) {
            // Removing the last listener stops the engine's store watcher; that may wait for the
            // engine, so it is done off the UI thread.
            Job detach = new Job("Closing the Runs view") {
                @Override
                protected IStatus run(IProgressMonitor monitor) {
                    if (wasListening) {
                        handle.get().removeListener(listener);
                    }
                    handle.close();
                    return Status.OK_STATUS;
                }

                @Override
                public boolean belongsTo(Object family) {
                    return family == DETACH_FAMILY;
                }
            };
            detach.setSystem(true);
            detach.schedule();
        }
        if (icons != null) {
            icons.dispose();
        }
        super.dispose();
    }
}
