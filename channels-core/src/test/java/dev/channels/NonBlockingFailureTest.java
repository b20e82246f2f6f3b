package dev.channels;

import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.channels.internal.ChannelCore;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A failing non-blocking operation only reads shared state: it answers "not ready" even while
 * another thread holds the channel's lock. If it took the lock, these tests would hang until
 * their timeout.
 */
@Timeout(10)
class NonBlockingFailureTest {

    /** Runs {@code check} while another thread holds {@code ch}'s lock. */
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
        try {
            check.run();
        } finally {
            release.countDown();
            holder.join();
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
}
