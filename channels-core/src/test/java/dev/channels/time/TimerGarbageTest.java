package dev.channels.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.ReceiveChannel;
import dev.channels.internal.Bubble;
import dev.channels.testing.SyncTest;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Go 1.23: a timer or ticker that nothing references is collected even if never stopped. */
@Timeout(60)
class TimerGarbageTest {

    /** An unreferenced, unstopped timer is collected, and its scheduled action is cancelled. */
    @Test
    void unreferencedTimerIsCollected() {
        SyncTest.run(() -> {
            Bubble bubble = Bubble.current();
            WeakReference<ReceiveChannel<Instant>> channel = new WeakReference<>(Time.after(Duration.ofHours(1)));
            WeakReference<Ticker> ticker = new WeakReference<>(Time.newTicker(Duration.ofHours(1)));
            assertTrue(bubble.pendingTimers() == 2);
            awaitCollected(channel);
            awaitCollected(ticker);
            // The Cleaner cancels the actions of collected timers; wait for it without sleeping.
            while (bubble.pendingTimers() > 0) {
                System.gc();
                Thread.yield();
            }
        });
    }

    /** A referenced timer is not collected: it still fires. */
    @Test
    void referencedTimerStillFires() {
        SyncTest.run(() -> {
            ReceiveChannel<Instant> c = Time.after(Duration.ofHours(1));
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            assertEquals(Instant.parse("2000-01-01T01:00:00Z"), c.receive());
        });
    }

    private static void awaitCollected(WeakReference<?> ref) {
        while (ref.get() != null) {
            System.gc();
            Thread.yield();
        }
        assertNull(ref.get());
    }
}
