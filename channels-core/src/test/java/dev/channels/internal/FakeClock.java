package dev.channels.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A manual clock for tests: time moves only when {@link #advance} says so, and then runs every
 * action and wakes every parked thread whose deadline it passes, in deadline order.
 *
 * <p>A small stand-in until the fake-clock bubble exists; it does not know whether threads are
 * blocked, so tests first wait for that themselves.
 */
public final class FakeClock implements Clock {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final ReentrantLock lock = new ReentrantLock();
    private long nowNanos;                                   // guarded by lock
    private long order;                                      // tie-breaker; guarded by lock
    private final List<Entry> entries = new ArrayList<>();   // actions and parked threads; guarded by lock

    private record Entry(long deadline, long order, Runnable action, Thread parked) {}

    @Override
    public long nanoTime() {
        lock.lock();
        try {
            return nowNanos;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Instant now() {
        return EPOCH.plusNanos(nanoTime());
    }

    @Override
    public void parkUntil(Object blocker, long deadlineNanos) {
        Entry entry;
        lock.lock();
        try {
            if (nowNanos - deadlineNanos >= 0) {
                return;
            }
            entry = new Entry(deadlineNanos, order++, null, Thread.currentThread());
            entries.add(entry);
        } finally {
            lock.unlock();
        }
        LockSupport.park(blocker);
        lock.lock();
        try {
            entries.remove(entry);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Scheduled schedule(long deadlineNanos, Runnable action) {
        Entry entry;
        lock.lock();
        try {
            entry = new Entry(deadlineNanos, order++, action, null);
            entries.add(entry);
        } finally {
            lock.unlock();
        }
        return () -> {
            lock.lock();
            try {
                return entries.remove(entry);
            } finally {
                lock.unlock();
            }
        };
    }

    /** Scheduled actions not yet run or cancelled. */
    public int pendingActions() {
        lock.lock();
        try {
            return (int) entries.stream().filter(e -> e.action() != null).count();
        } finally {
            lock.unlock();
        }
    }

    /** Moves time forward by {@code d}, running what falls due on the way, earliest first. */
    public void advance(Duration d) {
        long target;
        lock.lock();
        try {
            target = nowNanos + d.toNanos();
        } finally {
            lock.unlock();
        }
        for (;;) {
            Entry next = null;
            lock.lock();
            try {
                for (Entry e : entries) {
                    if (e.deadline() - target <= 0 && (next == null || e.deadline() < next.deadline()
                            || (e.deadline() == next.deadline() && e.order() < next.order()))) {
                        next = e;
                    }
                }
                if (next == null) {
                    nowNanos = target;
                    return;
                }
                nowNanos = Math.max(nowNanos, next.deadline());
                entries.remove(next);
            } finally {
                lock.unlock();
            }
            if (next.action() != null) {
                next.action().run();
            } else {
                LockSupport.unpark(next.parked());
            }
        }
    }
}
