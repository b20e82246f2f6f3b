package dev.channels.exercises.warmups;

import java.util.List;

/** Warm-up bounded-pool: run many tasks, at most N at once. */
public interface PoolApi {
    /** Runs every task, at most {@code workers} at the same time, and returns when all have finished. */
    void runAll(List<Runnable> tasks, int workers);
}
