package dev.channels.exercises.warmups;

import dev.channels.Channel;

/** Warm-up add-default: a send that never blocks. */
public interface OfferApi {
    /** Sends {@code item} if {@code queue} has room now and returns true; else drops it and returns false, at once. */
    boolean offer(Channel<String> queue, String item);
}
