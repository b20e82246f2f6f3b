package dev.channels.exercises.warmups;

import dev.channels.Empty;
import dev.channels.ReceiveChannel;

/** Warm-up done-broadcast: tell every waiter at once that work is done. */
public interface BroadcastApi {
    /** Starts {@code work} in a goroutine; returns a channel that every receiver can wait on until it finishes. */
    ReceiveChannel<Empty> start(Runnable work);
}
