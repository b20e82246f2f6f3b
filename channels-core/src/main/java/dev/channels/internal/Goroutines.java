package dev.channels.internal;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts goroutines and keeps the set of live ones, for diagnostics (a goroutine dump reads each
 * one's blocker, a {@link Waiter}, through {@link java.util.concurrent.locks.LockSupport#getBlocker}).
 *
 * <p>Not part of the public API.
 */
public final class Goroutines {
    private static final AtomicLong IDS = new AtomicLong();
    private static final Set<Thread> LIVE = ConcurrentHashMap.newKeySet();

    private Goroutines() {}

    /** Starts {@code body} on a new virtual thread named {@code goroutine-N}. */
    public static Thread start(Runnable body) {
        Thread thread = Thread.ofVirtual().name("goroutine-" + IDS.incrementAndGet()).unstarted(() -> {
            try {
                body.run();
            } finally {
                LIVE.remove(Thread.currentThread());
            }
        });
        LIVE.add(thread);
        thread.start();
        return thread;
    }

    /** The goroutines started and not yet finished, as of one instant. */
    public static Set<Thread> live() {
        return Collections.unmodifiableSet(LIVE);
    }
}
