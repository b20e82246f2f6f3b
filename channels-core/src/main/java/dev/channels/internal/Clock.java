package dev.channels.internal;

import java.time.Instant;

/**
 * The one source of time for the library: every timeout, timer, ticker and sleep asks the clock
 * of the current thread.
 *
 * <p>The system clock serves by default. A test harness installs another (a fake clock that
 * jumps to the next deadline) with {@link #runWith}; goroutines started inside inherit it.
 *
 * <p>Not part of the public API.
 */
public interface Clock {

    /** Monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Wall-clock time, the value timers and tickers deliver. */
    Instant now();

    /**
     * Parks the current thread until {@code deadlineNanos}, until it is unparked, or spuriously.
     * Callers re-check their condition in a loop.
     */
    void parkUntil(Object blocker, long deadlineNanos);

    /**
     * Runs {@code action} once at {@code deadlineNanos}, on a thread of the clock's choosing. The
     * action must be short and must not block.
     */
    Scheduled schedule(long deadlineNanos, Runnable action);

    /** A scheduled action that can still be cancelled. */
    interface Scheduled {
        /** Cancels the action if it has not started; returns whether it had not started. */
        boolean cancel();
    }

    /** The clock of the current thread. */
    static Clock current() {
        Clock clock = Clocks.OVERRIDE.get();
        return clock == null ? SystemClock.INSTANCE : clock;
    }

    /** Runs {@code body} with {@code clock} as the current clock of this thread and the threads it starts. */
    static void runWith(Clock clock, Runnable body) {
        Clock previous = Clocks.OVERRIDE.get();
        Clocks.OVERRIDE.set(clock);
        try {
            body.run();
        } finally {
            Clocks.OVERRIDE.set(previous);
        }
    }
}

/** Holder of the per-thread clock override, inherited by threads started under it. */
final class Clocks {
    static final InheritableThreadLocal<Clock> OVERRIDE = new InheritableThreadLocal<>();

    private Clocks() {}
}
