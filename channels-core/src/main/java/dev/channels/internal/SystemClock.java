package dev.channels.internal;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The real clock: {@link System#nanoTime()}, {@link LockSupport#parkNanos} and one daemon
 * scheduler thread for timers.
 */
final class SystemClock implements Clock {
    /*
     * Timers and tickers are scheduled on one platform daemon thread
     * ("channels-timer"), not a thread per timer. Their actions only try a
     * non-blocking send or start a goroutine, so one thread keeps up.
     * Cancelled actions leave the queue at once (removeOnCancelPolicy), so a
     * stopped timer holds no memory. A select with a timeout does not use the
     * scheduler at all: the selecting thread parks with a deadline.
     */
    static final SystemClock INSTANCE = new SystemClock();

    private final ScheduledThreadPoolExecutor scheduler;

    private SystemClock() {
        scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "channels-timer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void parkUntil(Object blocker, long deadlineNanos) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining > 0) {
            LockSupport.parkNanos(blocker, remaining);
        }
    }

    @Override
    public Scheduled schedule(long deadlineNanos, Runnable action) {
        long delay = Math.max(0, deadlineNanos - System.nanoTime());
        ScheduledFuture<?> future = scheduler.schedule(action, delay, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** Actions waiting in the scheduler's queue: timers that may still fire. */
    int pendingActions() {
        return scheduler.getQueue().size();
    }
}
