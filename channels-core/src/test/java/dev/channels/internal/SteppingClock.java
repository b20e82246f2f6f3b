package dev.channels.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves one nanosecond each time it is read and never really parks: a select with a
 * timeout of a few nanoseconds then always enqueues its waiters, parks (returning at once) and
 * times out, deterministically and without real waiting.
 */
public final class SteppingClock implements Clock {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanoTime() {
        return nanos.incrementAndGet();
    }

    @Override
    public Instant now() {
        return Instant.EPOCH.plusNanos(nanos.get());
    }

    @Override
    public void parkUntil(Object blocker, long deadlineNanos) {
        // Time moves on by itself; the caller re-reads it.
    }

    @Override
    public Scheduled schedule(long deadlineNanos, Runnable action) {
        throw new UnsupportedOperationException("SteppingClock runs no timers");
    }
}
