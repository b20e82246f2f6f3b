package dev.channels;

import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.internal.ChannelCore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A failing non-blocking operation only reads shared state: it answers "not ready" even while
 * another thread holds the channel's lock. If it took the lock, these tests would hang until
 * their timeout.
 */
@Timeout(30)
class NonBlockingFailureTest {
    /** How long a check may take before it counts as waiting for the lock: generous, it only bounds a failure. */
    private static final Duration PATIENCE = Duration.ofSeconds(2);

    /**
     * Runs {@code check} on another thread while this one's helper holds {@code ch}'s lock. A
     * check that waits for the lock fails after {@link #PATIENCE} (the lock is then released so
     * that it can finish) instead of hanging the test.
     */
    private static void whileLockedElsewhere(Channel<Integer> ch, Runnable check) throws InterruptedException {
        var core = (ChannelCore<Integer>) ch;
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> {
            core.lock();
            try {
                locked.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                core.unlock();
            }
        });
        locked.await();
        var failure = new AtomicReference<Throwable>();
        Thread checker = Thread.ofVirtual().start(() -> {
            try {
                check.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        boolean finishedWhileLocked = checker.join(PATIENCE);
        release.countDown();
        holder.join();
        checker.join();
        assertTrue(finishedWhileLocked, "the operation waited for the channel's lock");
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    /** tryReceive on an empty channel, at every capacity, takes no lock. */
    @ForEachCapacity
    void failingTryReceiveTakesNoLock(int capacity) throws InterruptedException {
        Channel<Integer> ch = Channel.make(capacity);
        whileLockedElsewhere(ch, () -> assertEquals(Optional.empty(), ch.tryReceive()));
    }

    /** trySend on a full (or receiver-less unbuffered) channel takes no lock. */
    @ForEachCapacity
    void failingTrySendTakesNoLock(int capacity) throws InterruptedException {
        Channel<Integer> ch = Channel.make(capacity);
        for (int i = 0; i < capacity; i++) {
            ch.send(i);
        }
        whileLockedElsewhere(ch, () -> assertFalse(ch.trySend(99)));
    }

    /** A select of one case and a default that falls through takes no lock, for receive and send. */
    @ForEachCapacity
    void failingSingleCaseSelectTakesNoLock(int capacity) throws InterruptedException {
        Channel<Integer> empty = Channel.make(capacity);
        Channel<Integer> full = Channel.make(capacity);
        for (int i = 0; i < capacity; i++) {
            full.send(i);
        }
        var fallback = onDefault();
        whileLockedElsewhere(empty, () -> assertSame(fallback, select(onReceive(empty), fallback)));
        whileLockedElsewhere(full, () -> assertSame(fallback, select(onSend(full, 1), fallback)));
    }

    /**
     * A receive that surely reports "closed" (closed and drained) takes no lock either, as in Go's
     * chanrecv: tryReceive, and a select of one receive case and a default, at every capacity.
     */
    @ForEachCapacity
    void closedAndDrainedReceiveTakesNoLock(int capacity) throws InterruptedException {
        Channel<Integer> ch = Channel.make(capacity);
        ch.close();
        var fallback = onDefault();
        var receive = onReceiveOk(ch, (v, ok) -> assertFalse(ok, "ok on a closed, drained channel"));
        whileLockedElsewhere(ch, () -> {
            assertEquals(Optional.of(Received.closed()), ch.tryReceive());
            assertSame(receive, select(receive, fallback));
            assertSame(receive, select(fallback, receive));
        });
    }

    /** A closed channel that still buffers values delivers them, in order, before reporting closed. */
    @Test
    void closedChannelStillDeliversItsBufferedValuesThroughTheNonBlockingPaths() {
        Channel<Integer> ch = Channel.make(2);
        ch.send(1);
        ch.send(2);
        ch.close();
        var got = new java.util.ArrayList<Integer>();
        var fallback = onDefault();
        var receive = onReceive(ch, got::add);
        assertSame(receive, select(receive, fallback), "a buffered value fires the receive case, not the default");
        assertEquals(Optional.of(Received.of(2)), ch.tryReceive());
        assertEquals(Optional.of(Received.closed()), ch.tryReceive());
        assertEquals(java.util.List.of(1), got);
    }
}
