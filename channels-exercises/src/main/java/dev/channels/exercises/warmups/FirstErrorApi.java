package dev.channels.exercises.warmups;

import dev.channels.context.Context;
import java.util.List;
import java.util.function.Function;

/** Warm-up errgroup-first-error: run tasks together; the first error cancels the rest. */
public interface FirstErrorApi {
    /**
     * Runs every task at once, each with a context that is cancelled when any task fails;
     * returns the first error, or null if none failed, once all have returned.
     */
    Throwable runAll(List<Function<Context, String>> tasks);
}
