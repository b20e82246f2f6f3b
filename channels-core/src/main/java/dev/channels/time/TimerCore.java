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
     * Implementation overview (Go 1.23 timer semantics)
     *
     * A timer is active while an action is scheduled on its clock. When the
     * action runs it fires: a channel timer tries a non-blocking send of the
     * current time into its one-slot channel (a ticker drops the tick if the
     * slot is still full: a slow receiver loses ticks); an AfterFunc timer
     * starts its function in a new goroutine. A ticker then schedules its next
     * firing at the next multiple of its period after now.
     *
     * Invariants, whenever the lock is free:
     *   T1. pending.scheduled != null exactly while the timer is active.
     *   T2. A firing whose seq differs from seq does nothing. stop and reset
     *       bump seq, so a firing that raced with them cannot deliver.
     *   T3. After stop or reset returns, the channel's slot is empty, so no
     *       receive can get a value from before the call (Go 1.23). A value
     *       drained that way counts as "the timer was active", as in Go.
     *
     * Garbage. Go 1.23 collects an unreferenced timer even if it was never
     * stopped. Here the scheduled action holds the timer only weakly; the
     * Timer and its channel (through ChannelCore.owner) hold it strongly.
     * When neither is reachable the timer is collected, and the Cleaner
     * cancels its action, which leaves the scheduler's queue. An AfterFunc
     * timer is held strongly: its function must run.
     *
     * Due timers fire on receive (Go 1.23's maybeRunChan). Every receive
     * from the channel, blocking or not, and every select over it first
     * calls fireIfDue: if the timer is active and its time has come, the
     * receiving thread fires it, cancelling the scheduled action and bumping
     * seq (T2), so the value is there without waiting for the scheduler
     * thread, and the firing happens once.
     *
     * All time comes from the clock current when the timer was made.
     *
     * Guarded by: TimerTest, TickerTest (fake clock), TimerGarbageTest.
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
    private long periodNanos;                   // > 0 for a ticker; guarded by lock
    private volatile long whenNanos;            // next firing; written under lock
    private long seq;                           // T2; guarded by lock

    private TimerCore(Goroutine func) {
        this.clock = Clock.current();
        this.func = func;
        this.channel = func == null ? ChannelCore.forTimer(this) : null;
        if (func == null) {
            CLEANER.register(this, pending);
        }
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
        boolean wasActive = false;
        Clock.Scheduled scheduled = pending.scheduled;
        if (scheduled != null) {
            scheduled.cancel();
            pending.scheduled = null;
            wasActive = true;
        }
        seq++;
        if (channel != null && channel.drain() > 0) {
            wasActive = true; // Go 1.23: a value not yet received is a firing not yet happened
        }
        return wasActive;
    }

    private void startLocked(long delayNanos) {
        whenNanos = clock.nanoTime() + Math.max(0, delayNanos);
        pending.scheduled = clock.schedule(whenNanos, new Fire(this, seq));
    }

    @Override
    public void fireIfDue() {
        if (pending.scheduled == null || clock.nanoTime() - whenNanos < 0) {
            return; // inactive or not yet due: two volatile reads, no lock
        }
        lock.lock();
        try {
            Clock.Scheduled scheduled = pending.scheduled;
            if (scheduled == null || clock.nanoTime() - whenNanos < 0) {
                return;
            }
            scheduled.cancel();
            seq++; // the scheduled firing, if already running, now does nothing (T2)
            fireLocked();
        } finally {
            lock.unlock();
        }
    }

    private void fire(long firingSeq) {
        lock.lock();
        try {
            if (firingSeq != seq || pending.scheduled == null) {
                return; // stopped, reset or fired on receive since this firing was scheduled (T2)
            }
            fireLocked();
        } finally {
            lock.unlock();
        }
    }

    private void fireLocked() {
        if (func != null) {
            pending.scheduled = null;
            Go.go(func);
            return;
        }
        channel.trySend(clock.now()); // a full slot drops the tick
        if (periodNanos > 0) {
            long now = clock.nanoTime();
            long next = whenNanos + periodNanos;
            if (next - now <= 0) {
                next += ((now - next) / periodNanos + 1) * periodNanos; // skip the ticks missed
            }
            whenNanos = next;
            pending.scheduled = clock.schedule(next, new Fire(this, seq));
        } else {
            pending.scheduled = null;
        }
    }
}
