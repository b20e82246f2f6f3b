package dev.channels.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * A fake-clock bubble, after Go's {@code testing/synctest}: a set of goroutines with their own
 * clock, which moves only when every goroutine of the bubble is durably blocked.
 *
 * <p>Not part of the public API: use {@code dev.channels.testing.SyncTest}.
 */
public final class Bubble implements Clock {
    /*
     * Implementation overview
     *
     * Membership. The bubble is the clock of its goroutines: Clock.current()
     * returns it on every thread started under it (an inheritable binding).
     * Goroutines.start registers each goroutine started inside (running++)
     * before it starts, and it leaves on exit (running--).
     *
     * Blocking. A Waiter made inside the bubble counts its thread as blocked
     * while it parks (running--), and is counted as running again by
     * whoever wakes it, before the wake (see Waiter). So running == 0 means
     * no goroutine of the bubble can make progress without another one or
     * without time moving.
     *
     * The controller (a virtual thread outside the bubble, joined by the
     * caller of run, which passes its interrupts on) parks
     * until running reaches 0, then checks that every goroutine is durably
     * blocked (its Waiter is open and counted), and then, in this order:
     *   1. releases the goroutines blocked in await() (synctest.Wait);
     *   2. advances the clock to the earliest deadline, running timer
     *      actions and waking timed waiters (counting them running first);
     *   3. with no deadline pending, fails: every goroutine is asleep (or,
     *      once the root goroutine has returned, the rest are stuck).
     * After the root returns, the bubble goes on, as Go's does, until the
     * other goroutines end, but for at most MAX_ADVANCES_AFTER_BODY timer
     * events. A cap on the clock's advance stops a runaway ticker. An interrupt of
     * the controller (a test timeout) tears the bubble down with a dump.
     *
     * Time starts at 2000-01-01T00:00:00Z, as in Go's synctest. Actions run
     * on the controller thread, under the bubble's clock, so a goroutine an
     * action starts (AfterFunc) joins the bubble.
     *
     * Guarded by: SyncTestTest, and every test that runs in a bubble.
     */

    private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    /** Timer events the bubble still runs once its body has returned, waiting for goroutines to end. */
    private static final int MAX_ADVANCES_AFTER_BODY = 10_000;
    private static final AtomicInteger ACTIVE = new AtomicInteger(); // bubbles alive, for a fast path

    /** A scheduled action or a timed waiter, in deadline order, then in order of arrival. */
    private record Entry(long deadline, long order, Runnable action, Waiter parked) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byDeadline = Long.compare(deadline, other.deadline);
            return byDeadline != 0 ? byDeadline : Long.compare(order, other.order);
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final PriorityQueue<Entry> entries = new PriorityQueue<>();   // guarded by lock
    private long order;                                                    // guarded by lock
    private final WaitList quiescenceWaiters = new WaitList();           // guarded by lock
    private volatile long nowNanos;                                        // written by the controller only
    private final Set<Thread> goroutines = ConcurrentHashMap.newKeySet();
    private final AtomicInteger running = new AtomicInteger();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final Random random;
    private final long capNanos;
    private Thread controller;
    private volatile boolean bodyReturned;
    private volatile boolean closing;
    private int advancesAfterBody; // used by the controller only

    /**
     * A bubble whose selects draw from {@code seed} and whose clock may advance at most
     * {@code maxAdvance}.
     */
    public Bubble(long seed, Duration maxAdvance) {
        this.random = new Random(seed);
        this.capNanos = Durations.toNanosSaturated(maxAdvance);
    }

    /** The bubble of the current thread, or null. Cheap when no bubble exists. */
    public static Bubble current() {
        if (ACTIVE.get() == 0) {
            return null;
        }
        return Clock.current() instanceof Bubble b ? b : null;
    }

    /** The random source for select: the bubble's seeded one inside a bubble, else null. */
    public static RandomGenerator randomOrNull() {
        Bubble b = current();
        return b == null ? null : b.random;
    }

    // ---- Clock ----------------------------------------------------------------------------

    @Override
    public long nanoTime() {
        return nowNanos;
    }

    @Override
    public Instant now() {
        return EPOCH.plusNanos(nowNanos);
    }

    @Override
    public void parkUntil(Object blocker, long deadlineNanos) {
        if (!(blocker instanceof Waiter waiter)) {
            throw new IllegalStateException("a bubble parks only the library's waiters");
        }
        Entry entry;
        lock.lock();
        try {
            if (nowNanos - deadlineNanos >= 0) {
                return;
            }
            entry = new Entry(deadlineNanos, order++, null, waiter);
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

    // ---- membership and accounting ---------------------------------------------------------

    /** Registers a goroutine about to start in this bubble. */
    void register(Thread thread) {
        goroutines.add(thread);
        running.incrementAndGet();
    }

    /** A goroutine of this bubble has finished. */
    void exited(Thread thread) {
        goroutines.remove(thread);
        decrementRunning();
    }

    void onBlocked() {
        decrementRunning();
    }

    void onRunning() {
        running.incrementAndGet();
    }

    private void decrementRunning() {
        if (running.decrementAndGet() == 0) {
            Thread c = controller;
            if (c != null) {
                LockSupport.unpark(c);
            }
        }
    }

    /**
     * Records an exception that escaped a goroutine of this bubble; run() rethrows the first.
     *
     * @return true if recorded (so the caller need not log it)
     */
    public boolean recordFailure(Throwable t) {
        if (closing) {
            return true; // goroutines interrupted while the bubble is torn down
        }
        failures.add(t);
        return true;
    }

    /** Blocks the calling goroutine until every other goroutine of the bubble is durably blocked. */
    public void awaitQuiescence() {
        Waiter waiter;
        lock.lock();
        try {
            waiter = quiescenceWaiters.enqueueLocked(Waiter.Operation.SYNCTEST_WAIT, this);
        } finally {
            lock.unlock();
        }
        quiescenceWaiters.await(lock, waiter);
    }

    /** Timer and ticker actions scheduled on this bubble's clock and not yet run or cancelled. */
    public int pendingTimers() {
        lock.lock();
        try {
            return (int) entries.stream().filter(e -> e.action() != null).count();
        } finally {
            lock.unlock();
        }
    }

    // ---- the controller -------------------------------------------------------------------

    /**
     * Runs {@code body} as the root goroutine of this bubble and drives the clock until every
     * goroutine has finished.
     *
     * @throws BubbleFailure on deadlock, leaked goroutines or a runaway clock
     * @throws Throwable the first exception that escaped a goroutine of the bubble
     */
    public void run(dev.channels.Goroutine body) throws Throwable {
        ACTIVE.incrementAndGet();
        try {
            // The controller is a virtual thread: the goroutines wake it often, and waking a
            // virtual thread is cheaper than waking a platform thread.
            RuntimeException[] driveFailure = new RuntimeException[1];
            Error[] driveError = new Error[1];
            Thread driver = Thread.ofVirtual().name("synctest-controller").unstarted(() -> {
                try {
                    Clock.runWith(this, () -> Goroutines.start(() -> {
                        try {
                            body.run();
                        } catch (Throwable t) {
                            recordFailure(t);
                        } finally {
                            bodyReturned = true; // before the root leaves the bubble (Goroutines.start's finally)
                        }
                    }));
                    drive();
                } catch (RuntimeException e) {
                    driveFailure[0] = e;
                } catch (Error e) {
                    driveError[0] = e;
                }
            });
            controller = driver;
            driver.start();
            joinPassingInterrupts(driver);
            if (driveError[0] != null) {
                throw driveError[0];
            }
            if (driveFailure[0] != null) {
                throw driveFailure[0];
            }
        } finally {
            ACTIVE.decrementAndGet();
        }
        Throwable first = failures.poll();
        if (first != null) {
            for (Throwable more; (more = failures.poll()) != null; ) {
                first.addSuppressed(more);
            }
            throw first;
        }
    }

    /** Joins the controller; an interrupt of the caller (a test timeout) is passed on to it. */
    private static void joinPassingInterrupts(Thread driver) {
        boolean interrupted = false;
        while (driver.isAlive()) {
            try {
                driver.join();
            } catch (InterruptedException e) {
                interrupted = true;
                driver.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drive() {
        for (;;) {
            awaitAllBlocked();
            if (goroutines.isEmpty()) {
                return;
            }
            if (releaseQuiescenceWaiters()) {
                continue;
            }
            Entry next;
            lock.lock();
            try {
                next = entries.peek();
            } finally {
                lock.unlock();
            }
            if (next == null) {
                fail(bodyReturned
                        ? "the bubble's body returned, but these goroutines are still blocked in it"
                        : "all goroutines are asleep - deadlock!", null);
            }
            if (bodyReturned && ++advancesAfterBody > MAX_ADVANCES_AFTER_BODY) {
                fail("the bubble's body returned, but these goroutines are still running after "
                        + MAX_ADVANCES_AFTER_BODY + " more timer events (a ticker that is never stopped?)", null);
            }
            if (next.deadline() > capNanos) {
                fail("the fake clock would pass its cap of " + Duration.ofNanos(capNanos)
                        + " (a runaway ticker?); the goroutines still running are", null);
            }
            advanceTo(next.deadline());
        }
    }

    /** Parks until no goroutine of the bubble is running and every one is durably blocked. */
    private void awaitAllBlocked() {
        for (;;) {
            if (Thread.interrupted()) {
                // A test timeout, typically: tear the bubble down and say what was still running.
                fail("the thread running the bubble was interrupted (a test timeout?) while these goroutines ran"
                        + " or were blocked outside the library (Thread.join, I/O, a JDK lock?)", null);
            }
            if (running.get() == 0) {
                if (allDurablyBlocked()) {
                    return;
                }
                Thread.onSpinWait(); // a goroutine between being woken and being counted: settles at once
                continue;
            }
            LockSupport.park(this);
        }
    }

    private boolean allDurablyBlocked() {
        for (Thread t : goroutines) {
            if (!(LockSupport.getBlocker(t) instanceof Waiter w) || !w.isDurablyBlocked()) {
                return false;
            }
        }
        return true;
    }

    private boolean releaseQuiescenceWaiters() {
        lock.lock();
        try {
            return quiescenceWaiters.releaseAllLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Moves the clock to {@code deadline}, running every action and waking every timed waiter due then. */
    private void advanceTo(long deadline) {
        nowNanos = deadline;
        for (;;) {
            Entry due;
            lock.lock();
            try {
                due = entries.peek();
                if (due == null || due.deadline() > deadline) {
                    return;
                }
                entries.poll();
            } finally {
                lock.unlock();
            }
            if (due.action() != null) {
                Clock.runWith(this, due.action());
            } else {
                due.parked().markRunning(); // before the wake, as a counterpart would
                LockSupport.unpark(due.parked().thread());
            }
        }
    }

    private void fail(String reason, Throwable cause) {
        String dump = Diagnostics.dump(goroutines);
        closing = true;
        for (Thread t : goroutines) {
            t.interrupt();
        }
        for (Thread t : goroutines) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new BubbleFailure(reason + "\n\n" + dump, cause);
    }

    /** A bubble that deadlocked, leaked goroutines or ran its clock past the cap. */
    public static final class BubbleFailure extends AssertionError {
        private static final long serialVersionUID = 1L;

        BubbleFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
