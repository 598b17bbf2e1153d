package org.vitruvian.ui.runs.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.StepRecord;

/**
 * A run as the tree shows it. Records are immutable and replaced on every change, so the tree
 * holds these stable nodes (one per run id, one per step name) and swaps the record inside:
 * selection and expansion survive updates. Touched only on the UI thread.
 */
public final class RunNode {

    private final String id;
    private RunRecord record;
    private final List<StepNode> steps = new ArrayList<>();
    private boolean read;

    RunNode(RunRecord record) {
        this.id = record.id();
        this.record = record;
        this.read = true;
        rebuildSteps();
    }

    /**
     * A run the store lists whose record has not been read yet: the view shows every run at
     * once and fills rows in as records are read, newest first. Run ids start with the second
     * the run was created in (UTC), which orders it until its record is there.
     */
    RunNode(String id) {
        this.id = id;
        Instant created = Instant.EPOCH;
        try {
            created = java.time.LocalDateTime.parse(id.substring(0, 15), ID_TIME).toInstant(java.time.ZoneOffset.UTC);
        } catch (RuntimeException e) {
            // An id of another form: sorted last until its record tells when it was made.
        }
        this.record = RunRecord.builder().id(id).created(created).build();
    }

    private static final java.time.format.DateTimeFormatter ID_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Whether the run's record has been read (false for a row the store listed, still being read). */
    public boolean isRead() {
        return read;
    }

    public String id() {
        return id;
    }

    public RunRecord record() {
        return record;
    }

    public List<StepNode> steps() {
        return steps;
    }

    /** When the run was created, for newest-first order; the id (which starts with that second) when unknown. */
    Instant created() {
        return record.created() == null ? Instant.EPOCH : record.created();
    }

    /**
     * Takes a newer record. Returns true when the steps are still the same ones (only their
     * records changed), false when the tree must rebuild this run's children.
     */
    boolean update(RunRecord newer) {
        record = newer;
        read = true;
        List<StepRecord> now = newer.steps();
        if (now.size() != steps.size()) {
            rebuildSteps();
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).name().equals(steps.get(i).name())) {
                rebuildSteps();
                return false;
            }
        }
        for (int i = 0; i < now.size(); i++) {
            steps.get(i).record = now.get(i);
        }
        return true;
    }

    private void rebuildSteps() {
        steps.clear();
        for (StepRecord step : record.steps()) {
            steps.add(new StepNode(this, step, steps.size()));
        }
    }

    /** Whether the record on display was written after {@code other}: an older record never replaces a newer one. */
    boolean isNewerThan(RunRecord other) {
        Instant mine = record.updated();
        Instant theirs = other.updated();
        return read && mine != null && theirs != null && mine.isAfter(theirs);
    }

    @Override
    public String toString() {
        return "run " + id;
    }

    /** One step of a run, in workflow order; adapts to a {@link org.vitruvian.ui.runs.StepRef} for other bundles' commands. */
    public static final class StepNode implements org.eclipse.core.runtime.IAdaptable {
        private final RunNode run;
        private final int index;
        private StepRecord record;

        StepNode(RunNode run, StepRecord record, int index) {
            this.run = run;
            this.record = record;
            this.index = index;
        }

        public RunNode run() {
            return run;
        }

        public String name() {
            return record.name();
        }

        public StepRecord record() {
            return record;
        }

        int index() {
            return index;
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == org.vitruvian.ui.runs.StepRef.class
                    ? adapter.cast(new org.vitruvian.ui.runs.StepRef(run.id(), name())) : null;
        }

        @Override
        public String toString() {
            return "step " + run.id + "/" + name();
        }
    }
}
