package org.vitruvian.services.bonestrength.internal;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that all run the same task, each with its own index, and wait for one
 * another at the end. The solver runs thousands of short parallel phases; handing each phase
 * to a thread pool as new tasks would allocate and queue every time, while a team parked at a
 * barrier starts within microseconds and allocates nothing.
 */
public final class WorkerTeam implements AutoCloseable {

    private final int size;
    private final ExecutorService pool;
    private final CyclicBarrier start;
    private final CyclicBarrier end;
    private volatile IntConsumer task;
    private volatile boolean closed;
    private volatile Throwable failure;

    /** A team of {@code size} threads: the caller and {@code size - 1} pool threads. */
    public WorkerTeam(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a team needs at least one thread");
        }
        this.size = size;
        this.start = new CyclicBarrier(size);
        this.end = new CyclicBarrier(size);
        this.pool = size > 1 ? Executors.newFixedThreadPool(size - 1, runnable -> {
            Thread thread = new Thread(runnable, "bonestrength-worker");
            thread.setDaemon(true);
            return thread;
        }) : null;
        for (int id = 1; id < size; id++) {
            int member = id;
            pool.execute(() -> work(member));
        }
    }

    /** As many threads as this machine has processors. */
    public static WorkerTeam forThisMachine() {
        return new WorkerTeam(Runtime.getRuntime().availableProcessors());
    }

    public int size() {
        return size;
    }

    /** Runs {@code task} once on every member, with indices 0 to size - 1, and returns when all are done. */
    public void run(IntConsumer task) {
        if (closed) {
            throw new IllegalStateException("the team is closed");
        }
        if (size == 1) {
            task.accept(0);
            return;
        }
        this.task = task;
        this.failure = null;
        await(start);
        try {
            task.accept(0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        await(end);
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    private void work(int member) {
        while (true) {
            await(start);
            if (closed) {
                return;
            }
            try {
                task.accept(member);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            await(end);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the other workers", e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("a worker failed", e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (pool != null) {
            await(start);
            pool.shutdown();
        }
    }
}
