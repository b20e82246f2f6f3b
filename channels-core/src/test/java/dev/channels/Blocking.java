package dev.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.channels.internal.Waiter;
import java.util.concurrent.locks.LockSupport;

/** Waits, without sleeping, until a thread is parked in one of the library's operations. */
public final class Blocking {
    private Blocking() {}

    /**
     * Returns once {@code thread} is parked in an operation of this library (its blocker is a
     * {@link Waiter}, which it sets only after its node is queued). Bounded by the test's @Timeout.
     */
    public static Waiter awaitBlocked(Thread thread) {
        for (;;) {
            if (LockSupport.getBlocker(thread) instanceof Waiter waiter) {
                return waiter;
            }
            if (!thread.isAlive()) {
                throw new AssertionError(thread.getName() + " ended instead of blocking");
            }
            Thread.yield();
        }
    }

    /** Like {@link #awaitBlocked(Thread)}, and checks the operation it is blocked in. */
    public static void awaitBlockedIn(Thread thread, Waiter.Operation operation) {
        assertEquals(operation, awaitBlocked(thread).operation(), thread.getName() + " blocked in");
    }

    /** Returns once {@code thread} has ended or is parked in an operation of this library. */
    public static void awaitBlockedOrDone(Thread thread) {
        while (thread.isAlive() && !(LockSupport.getBlocker(thread) instanceof Waiter)) {
            Thread.yield();
        }
    }

    /** Starts {@code body} on a virtual thread that records what it threw. */
    static Outcome start(Goroutine body) {
        Outcome outcome = new Outcome();
        outcome.thread = Thread.ofVirtual().start(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                outcome.failure = t;
            }
        });
        return outcome;
    }

    /** What a started thread did. */
    static final class Outcome {
        Thread thread;
        volatile Throwable failure;

        /** Joins the thread and returns what it threw, or null. */
        Throwable join() throws InterruptedException {
            thread.join();
            return failure;
        }

        /** Joins the thread and rethrows what it threw. */
        void joinOrFail() throws Exception {
            thread.join();
            if (failure instanceof Exception e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }
}
