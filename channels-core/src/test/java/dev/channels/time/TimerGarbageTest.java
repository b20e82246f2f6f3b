package dev.channels.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.internal.Bubble;
import dev.channels.testing.SyncTest;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Go 1.23: a timer or ticker that nothing references is collected even if never stopped. */
@Timeout(60)
class TimerGarbageTest {

    /**
     * An unreferenced, unstopped timer is collected, and its scheduled action is cancelled. The
     * timers are scheduled by a select that blocked on them (a timer nobody waits on is never
     * scheduled) and that another case then won.
     */
    @Test
    void unreferencedTimerIsCollected() {
        SyncTest.run(() -> {
            Bubble bubble = Bubble.current();
            List<WeakReference<?>> timers = scheduledThenAbandoned(bubble);
            timers.forEach(TimerGarbageTest::awaitCollected);
            // The Cleaner cancels the actions of collected timers; wait for it without sleeping.
            while (bubble.pendingTimers() > 0) {
                System.gc();
                Thread.yield();
            }
        });
    }

    /** A timer and a ticker, scheduled by a select that a later send won; returns them weakly held. */
    private static List<WeakReference<?>> scheduledThenAbandoned(Bubble bubble) {
        ReceiveChannel<Instant> after = Time.after(Duration.ofHours(1));
        Ticker ticker = Time.newTicker(Duration.ofHours(1));
        assertEquals(0, bubble.pendingTimers(), "nobody waits on them: nothing scheduled");
        Channel<Integer> later = Channel.make();
        go(() -> {
            Time.sleep(Duration.ofMinutes(1));
            later.send(1);
        });
        var won = onReceive(later);
        assertSame(won, select(won, onReceive(after), onReceive(ticker.c())));
        assertEquals(2, bubble.pendingTimers(), "the select blocked on both: both scheduled, and still are");
        return List.of(new WeakReference<>(after), new WeakReference<>(ticker));
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
