package org.vitruvian.services.cardiac.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.vitruvian.services.cardiac.ProgressListener;
import org.vitruvian.services.cardiac.model.CellType;
import org.vitruvian.services.cardiac.model.OrdModel;
import org.vitruvian.services.cardiac.model.Pacing;
import org.vitruvian.services.cardiac.model.RushLarsenIntegrator;

/**
 * Paces many independent models on a fixed number of threads, one integrator per thread: models
 * share nothing, so the work splits perfectly and needs no locking beyond the progress count.
 */
public final class Simulator {

    /** One model to pace: its constants, the state it starts from, and how long to pace it. */
    public record Job(OrdModel model, double[] start, double cycleLength, int minBeats, int maxBeats,
            boolean keepTrace) {
    }

    private final int threads;
    private final double tolerance;

    public Simulator(int threads, double tolerance) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        this.threads = threads;
        this.tolerance = tolerance;
    }

    public double tolerance() {
        return tolerance;
    }

    public int threads() {
        return threads;
    }

    /**
     * Paces every job until steady state (or its maximum beats) and returns the results in job
     * order; each job's {@code start} array is left untouched and the final state is in
     * {@link Outcome#state()}.
     */
    public List<Outcome> run(List<Job> jobs, ProgressListener progress, String what) {
        List<Outcome> results = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            results.add(null);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "cardiac-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    Pacing pacing = new Pacing(new RushLarsenIntegrator(tolerance, RushLarsenIntegrator.DEFAULT_MAX_STEP));
                    int index;
                    while ((index = next.getAndIncrement()) < jobs.size()) {
                        Job job = jobs.get(index);
                        double[] y = job.start().clone();
                        Pacing.Result result;
                        try {
                            result = pacing.pace(job.model(), y, job.cycleLength(), job.minBeats(), job.maxBeats(), true,
                                    null);
                        } catch (IllegalStateException e) {
                            result = null;
                        }
                        if (result != null && !job.keepTrace()) {
                            // A beat's trace is tens of kilobytes; a trial keeps only the few it draws.
                            result = new Pacing.Result(result.biomarkers(), result.anyEad(), result.anyFailure(),
                                    result.anyUnexcited(), result.beats(), result.steady(), null);
                        }
                        results.set(index, new Outcome(result, y));
                        int count = done.incrementAndGet();
                        progress.progress((double) count / jobs.size(), what + " " + count + "/" + jobs.size());
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    /** A paced model: the pacing result (null if the model diverged) and its final state. */
    public record Outcome(Pacing.Result result, double[] state) {
    }

    /**
     * The baseline model's state at steady state: where every model of a population starts, so
     * that each reaches its own steady state in tens of beats rather than a thousand.
     */
    public static double[] baselineSteadyState(CellType cell, double cycleLength, double tolerance, int maxBeats) {
        double[] y = OrdModel.initialState();
        new Pacing(new RushLarsenIntegrator(tolerance, RushLarsenIntegrator.DEFAULT_MAX_STEP)).pace(new OrdModel(cell), y,
                cycleLength, 1, maxBeats, true, null);
        return y;
    }
}
