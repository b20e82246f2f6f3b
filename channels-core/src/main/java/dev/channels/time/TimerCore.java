package dev.channels.time;

import dev.channels.Go;
import dev.channels.Goroutine;
import dev.channels.internal.ChannelCore;
import dev.channels.internal.Clock;
import dev.channels.internal.TimerSource;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/** The state behind a {@link Timer} or {@link Ticker}. */
final class TimerCore implements TimerSource {
    /*
     * Implementation overview (Go 1.23 timer semantics and its lazy timers)
     *
     * A timer is active from start (or reset) until it fires or is stopped.
     * Firing: a channel timer tries a non-blocking send of the current time
     * into its one-slot channel (a ticker drops the tick if the slot is still
     * full: a slow receiver loses ticks); an AfterFunc timer starts its
     * function in a new goroutine. A ticker then stays active, due at the
     * next multiple of its period after now.
     *
     * Who fires it. A due channel timer fires on receive, as in Go 1.23
     * (maybeRunChan): every receive from its channel, blocking or not, and
     * every select over it first calls fireIfDue. The clock's scheduler is
     * needed only to wake a receiver that blocks before the timer is due, so
     * a channel timer is scheduled only while a receiver is blocked on it
     * (Go's t.blocked): a receiver enqueued on the channel calls
     * receiverBlocking before it parks, which fires the timer if it became
     * due meanwhile (the firing completes that receiver) or schedules it;
     * receiverDone counts the receiver out once it stops waiting. A timer nobody waits on costs no scheduler work: reset
     * and stop only write fields. An AfterFunc timer is always scheduled.
     *
     * Invariants, whenever the lock is free:
     *   T1. pending.scheduled != null only while the timer is active, and
     *       always while it is active and (blocked > 0 or func != null).
     *   T2. A firing whose seq differs from seq does nothing. stop, reset and
     *       a firing on receive bump seq, so a scheduled firing that raced
     *       with them cannot deliver twice or late.
     *   T3. After stop or reset returns, the channel's slot is empty, so no
     *       receive can get a value from before the call (Go 1.23). A value
     *       drained that way counts as "the timer was active", as in Go.
     *
     * Garbage. Go 1.23 collects an unreferenced timer even if it was never
     * stopped. An unscheduled timer is plain garbage. A scheduled action
     * holds a channel timer only weakly; the Timer and its channel (through
     * ChannelCore.owner) hold it strongly. When neither is reachable the
     * timer is collected, and the Cleaner (registered at its first
     * scheduling) cancels its action, which leaves the scheduler's queue. An
     * AfterFunc timer is held strongly: its function must run.
     *
     * Lock order: the timer's lock, then its channel's. Receivers call in
     * before taking the channel's lock.
     *
     * All time comes from the clock current when the timer was made.
     *
     * Guarded by: TimeTest (SyncTest bubbles), TimerFiresOnReceiveTest (a
     * clock whose scheduler runs nothing), TimerGarbageTest.
     */

    private static final Cleaner CLEANER = Cleaner.create(runnable -> {
        Thread thread = new Thread(runnable, "channels-timer-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    /** The scheduled action of a timer; shared with the Cleaner, so it must not refer to the timer. */
    private static final class Pending implements Runnable {
        volatile Clock.Scheduled scheduled; // T1; written under the timer's lock

        @Override
        public void run() {
            Clock.Scheduled current = scheduled;
            if (current != null) {
                current.cancel();
            }
        }
    }

    /** A scheduled firing. Holds the timer weakly, unless it runs a function. */
    private static final class Fire implements Runnable {
        private final WeakReference<TimerCore> weak;
        private final TimerCore strong;
        private final long seq;

        Fire(TimerCore timer, long seq) {
            this.strong = timer.func != null ? timer : null;
            this.weak = timer.func != null ? null : new WeakReference<>(timer);
            this.seq = seq;
        }

        @Override
        public void run() {
            TimerCore timer = strong != null ? strong : weak.get();
            if (timer != null) {
                timer.fire(seq);
            }
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock;
    private final ChannelCore<Instant> channel; // null for an AfterFunc timer
    private final Goroutine func;               // AfterFunc's function, or null
    private final Pending pending = new Pending();
    private boolean cleanerRegistered;          // guarded by lock
    private volatile boolean active;            // written under lock
    private long periodNanos;                   // > 0 for a ticker; guarded by lock
    private volatile long whenNanos;            // next firing; written under lock
    private long seq;                           // T2; guarded by lock
    private int blocked;                        // receivers that may be blocked on the channel; guarded by lock

    private TimerCore(Goroutine func) {
        this.clock = Clock.current();
        this.func = func;
        this.channel = func == null ? ChannelCore.forTimer(this) : null;
    }

    /** A channel timer (or ticker, when {@code periodNanos > 0}), started. */
    static TimerCore channelTimer(long delayNanos, long periodNanos) {
        TimerCore timer = new TimerCore(null);
        timer.lock.lock();
        try {
            timer.periodNanos = periodNanos;
            timer.startLocked(delayNanos);
        } finally {
            timer.lock.unlock();
        }
        return timer;
    }

    /** An AfterFunc timer, started. */
    static TimerCore funcTimer(long delayNanos, Goroutine func) {
        TimerCore timer = new TimerCore(func);
        timer.lock.lock();
        try {
            timer.startLocked(delayNanos);
        } finally {
            timer.lock.unlock();
        }
        return timer;
    }

    ChannelCore<Instant> channel() {
        return channel;
    }

    /** Stops the timer; returns whether it was active (or held an unreceived value). */
    boolean stop() {
        lock.lock();
        try {
            return stopLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the timer, then starts it to fire after {@code delayNanos} (and every {@code periodNanos}, if > 0). */
    boolean reset(long delayNanos, long newPeriodNanos) {
        lock.lock();
        try {
            boolean wasActive = stopLocked();
            if (periodNanos > 0 || newPeriodNanos > 0) {
                periodNanos = newPeriodNanos;
            }
            startLocked(delayNanos);
            return wasActive;
        } finally {
            lock.unlock();
        }
    }

    private boolean stopLocked() {
        boolean wasActive = active;
        active = false;
        unscheduleLocked();
        seq++;
        if (channel != null && channel.drain() > 0) {
            wasActive = true; // Go 1.23: a value not yet received is a firing not yet happened
        }
        return wasActive;
    }

    private void startLocked(long delayNanos) {
        whenNanos = clock.nanoTime() + Math.max(0, delayNanos);
        active = true;
        if (func != null || blocked > 0) {
            scheduleLocked();
        }
    }

    private void scheduleLocked() {
        if (func == null && !cleanerRegistered) {
            CLEANER.register(this, pending);
            cleanerRegistered = true;
        }
        pending.scheduled = clock.schedule(whenNanos, new Fire(this, seq));
    }

    private void unscheduleLocked() {
        Clock.Scheduled scheduled = pending.scheduled;
        if (scheduled != null) {
            scheduled.cancel();
            pending.scheduled = null;
        }
    }

    @Override
    public void fireIfDue() {
        if (!active || clock.nanoTime() - whenNanos < 0) {
            return; // inactive or not yet due: two volatile reads, no lock
        }
        lock.lock();
        try {
            if (active && clock.nanoTime() - whenNanos >= 0) {
                fireInsteadOfSchedulerLocked(blocked > 0);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void receiverBlocking() {
        lock.lock();
        try {
            blocked++;
            if (active && clock.nanoTime() - whenNanos >= 0) {
                fireInsteadOfSchedulerLocked(blocked > 1); // completes the first receiver enqueued; others need the next tick
            } else if (active && pending.scheduled == null) {
                scheduleLocked();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void receiverDone() {
        lock.lock();
        try {
            blocked--;
        } finally {
            lock.unlock();
        }
    }

    /** Fires on the receiving thread: the scheduled firing, if already running, then does nothing (T2). */
    private void fireInsteadOfSchedulerLocked(boolean receiversWaiting) {
        unscheduleLocked();
        seq++;
        fireLocked(receiversWaiting);
    }

    private void fire(long firingSeq) {
        lock.lock();
        try {
            if (firingSeq != seq || !active) {
                return; // stopped, reset or fired on receive since this firing was scheduled (T2)
            }
            pending.scheduled = null;
            fireLocked(blocked > 0);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Fires now; the caller has cleared the scheduled action. A ticker stays active and, if
     * {@code receiversWaiting}, is scheduled for its next tick.
     */
    private void fireLocked(boolean receiversWaiting) {
        if (func != null) {
            active = false;
            Go.go(func);
            return;
        }
        long late = clock.nanoTime() - whenNanos; // fired on receive, it can be late: Go sends the time it was due
        channel.trySend(clock.now().minusNanos(Math.max(0, late))); // a full slot drops the tick
        if (periodNanos <= 0) {
            active = false;
            return;
        }
        long now = clock.nanoTime();
        long next = whenNanos + periodNanos;
        if (next - now <= 0) {
            next += ((now - next) / periodNanos + 1) * periodNanos; // skip the ticks missed
        }
        whenNanos = next;
        if (receiversWaiting) {
            scheduleLocked();
        }
    }
}
