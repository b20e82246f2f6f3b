package dev.channels.exercises.warmups;

import dev.channels.ReceiveChannel;
import dev.channels.context.Context;

/** Warm-up cancel-context: a worker that stops when its context is cancelled. */
public interface CancelApi {
    /** Handles jobs until {@code jobs} is closed or {@code ctx} is done; returns how many it handled. */
    int work(Context ctx, ReceiveChannel<Integer> jobs);
}
