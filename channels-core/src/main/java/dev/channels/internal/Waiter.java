package dev.channels.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * One blocked operation of one thread: a send, a receive, a select or a sleep.
 *
 * <p>Not part of the public API.
 */
public final class Waiter {
    /*
     * Design
     *
     * A Waiter is the decision point of a blocking operation. It may sit in
     * several channels' wait queues at once (one WaitNode per select case),
     * and counterparts on different channels, holding different locks, may
     * try to complete it at the same time. Exactly one wins: the state moves
     * once, by CAS, from WAITING to a final value, and never moves again.
     *
     *   WAITING       the operation is still open
     *   0, 1, 2, ...  a counterpart completed it through the case with that
     *                 index (the WaitNode of that case holds the outcome)
     *   INTERRUPTED   the owner gave up because its thread was interrupted
     *   TIMED_OUT     the owner gave up because its deadline passed
     *
     * A counterpart writes the outcome into the WaitNode before its CAS, and
     * the owner reads it after seeing the CAS (volatile write and read), so
     * the outcome is visible to the owner without the channel's lock, and a
     * send happens-before the completion of the matching receive.
     *
     * The owner only gives up through the same CAS, so an interrupted or
     * timed-out operation either completed (the counterpart's CAS won) or
     * had no effect (the owner's CAS won and no counterpart touched a value).
     *
     * The Waiter is also the park blocker, so LockSupport.getBlocker(thread)
     * tells what a parked thread is blocked in, and since when.
     *
     * Bubbles. A waiter made inside a fake-clock bubble counts its thread as
     * blocked while it parks, so the bubble knows when every goroutine is
     * durably blocked. The count moves back to "running" exactly once per
     * park, by CAS on `counted`: either the counterpart whose tryComplete won
     * (before it unparks the owner, so the bubble never sees a woken
     * goroutine as blocked), or the clock that wakes a timed waiter, or the
     * owner itself after a spurious wakeup.
     *
     * JFR. When a recording is running, a blocked operation ends with a
     * dev.channels.Blocked event (see BlockedEvent); otherwise nothing is
     * allocated for it.
     *
     * Guarded by: ChannelContractTest (interrupt cases), SelectTest.
     */

    /** The operation is still open. */
    public static final int WAITING = -1;
    /** The owner's thread was interrupted before any counterpart completed the operation. */
    public static final int INTERRUPTED = -2;
    /** The owner's deadline passed before any counterpart completed the operation. */
    public static final int TIMED_OUT = -3;

    private static final VarHandle STATE;
    private static final VarHandle COUNTED;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Waiter.class, "state", int.class);
            COUNTED = MethodHandles.lookup().findVarHandle(Waiter.class, "counted", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Thread thread;
    private final Operation operation;
    private final Object subject;
    private final long sinceNanos;
    private final Bubble bubble;           // the bubble of the owner, or null
    private volatile int state = WAITING;  // see the design comment
    private volatile boolean counted;      // counted as blocked by the bubble; see the design comment
    private volatile boolean timed;        // parked with a deadline (a timer can end the wait)

    /**
     * Creates an open waiter owned by the current thread.
     *
     * @param operation what the thread is about to block in
     * @param subject   what it waits on: the channel, a select's channels (an array), or null
     */
    public Waiter(Operation operation, Object subject) {
        this(operation, subject, System.nanoTime());
    }

    /** A waiter that has been waiting since {@code sinceNanos}; for tests of the dump's header. */
    Waiter(Operation operation, Object subject, long sinceNanos) {
        this.thread = Thread.currentThread();
        this.operation = operation;
        this.subject = subject;
        this.sinceNanos = sinceNanos;
        this.bubble = Bubble.current();
    }

    /** The operation this waiter is blocked in. */
    public Operation operation() {
        return operation;
    }

    /** What the thread waits on: the channel, a select's channels (an array), or null. */
    public Object subject() {
        return subject;
    }

    /** The thread that owns this waiter. */
    public Thread thread() {
        return thread;
    }

    /** {@link System#nanoTime()} when the operation started to wait. */
    public long sinceNanos() {
        return sinceNanos;
    }

    /** The current state: {@link #WAITING}, a case index, {@link #INTERRUPTED} or {@link #TIMED_OUT}. */
    public int state() {
        return state;
    }

    /**
     * Completes the operation through case {@code caseIndex} if it is still open. The caller has
     * already written the outcome into that case's node; on success it must then {@link #wake()}.
     */
    public boolean tryComplete(int caseIndex) {
        if (STATE.compareAndSet(this, WAITING, caseIndex)) {
            markRunning(); // before the owner is unparked: a bubble must not see it as blocked
            return true;
        }
        return false;
    }

    /** Whether this waiter is parked, counted as blocked by its bubble, and still open. */
    boolean isDurablyBlocked() {
        return counted && state == WAITING;
    }

    /** Whether the owner parks with a deadline, so that time alone can end the wait. */
    public boolean isTimed() {
        return timed;
    }

    /** Counts the owner as blocked in its bubble, once per park. */
    private void markBlocked() {
        if (bubble != null && COUNTED.compareAndSet(this, false, true)) {
            bubble.onBlocked();
        }
    }

    /** Counts the owner as running again in its bubble, if it was counted as blocked. */
    void markRunning() {
        if (bubble != null && COUNTED.compareAndSet(this, true, false)) {
            bubble.onRunning();
        }
    }

    /** Unparks the owner. */
    public void wake() {
        LockSupport.unpark(thread);
    }

    /**
     * Parks until a counterpart completes the operation or the thread is interrupted.
     *
     * @return a case index, or {@link #INTERRUPTED}; the interrupt status is left set
     */
    public int await() {
        BlockedEvent event = BlockedEvent.beginIfRecording();
        for (;;) {
            int s = state;
            if (s != WAITING) {
                return finish(s, event);
            }
            if (thread.isInterrupted()) {
                if (STATE.compareAndSet(this, WAITING, INTERRUPTED)) {
                    return finish(INTERRUPTED, event);
                }
                continue; // a counterpart won: the operation completed
            }
            markBlocked();
            if (state == WAITING) {
                LockSupport.park(this);
            }
            markRunning();
        }
    }

    private int finish(int outcome, BlockedEvent event) {
        if (event != null) {
            event.commitIfLong(this, outcome);
        }
        return outcome;
    }

    /**
     * Parks until a counterpart completes the operation, the thread is interrupted, or
     * {@code clock} reaches {@code deadlineNanos}.
     *
     * @return a case index, {@link #INTERRUPTED} or {@link #TIMED_OUT}
     */
    public int awaitUntil(Clock clock, long deadlineNanos) {
        BlockedEvent event = BlockedEvent.beginIfRecording();
        timed = true;
        for (;;) {
            int s = state;
            if (s != WAITING) {
                return finish(s, event);
            }
            if (thread.isInterrupted()) {
                if (STATE.compareAndSet(this, WAITING, INTERRUPTED)) {
                    return finish(INTERRUPTED, event);
                }
                continue;
            }
            if (clock.nanoTime() - deadlineNanos >= 0) {
                if (STATE.compareAndSet(this, WAITING, TIMED_OUT)) {
                    return finish(TIMED_OUT, event);
                }
                continue;
            }
            markBlocked();
            if (state == WAITING) {
                clock.parkUntil(this, deadlineNanos);
            }
            markRunning();
        }
    }

    @Override
    public String toString() {
        String on = subject instanceof Object[] many ? java.util.Arrays.toString(many) : String.valueOf(subject);
        return "Waiter[" + operation.goName() + (subject == null ? "" : " on " + on) + ", " + thread.getName() + "]";
    }

    /** What a parked thread is blocked in, named as Go's goroutine dump names it. */
    public enum Operation {
        /** {@code ch <- v} */
        SEND("chan send"),
        /** {@code <-ch} */
        RECEIVE("chan receive"),
        /** A send or receive on a nil channel. */
        SEND_NIL("chan send (nil chan)"),
        /** A receive on a nil channel. */
        RECEIVE_NIL("chan receive (nil chan)"),
        /** {@code select { ... }} */
        SELECT("select"),
        /** {@code select {}} */
        SELECT_NO_CASES("select (no cases)"),
        /** {@code time.Sleep} */
        SLEEP("sleep"),
        /** {@code wg.Wait()} */
        WAITGROUP_WAIT("sync.WaitGroup.Wait"),
        /** {@code synctest.Wait()} */
        SYNCTEST_WAIT("synctest.Wait");

        private final String goName;

        Operation(String goName) {
            this.goName = goName;
        }

        /** The wait reason as Go's traceback header prints it. */
        public String goName() {
            return goName;
        }
    }
}
