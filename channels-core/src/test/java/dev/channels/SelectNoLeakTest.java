package dev.channels;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.internal.ChannelCore;
import dev.channels.internal.Clock;
import dev.channels.internal.SteppingClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ten million selects with a timeout against a never-ready channel leave the heap flat: each
 * select's waiter node is unlinked when it times out, and no timer or thread is created.
 */
@Timeout(300)
class SelectNoLeakTest {
    private static final int ITERATIONS = Integer.getInteger("select.leak.iterations", 10_000_000);

    /**
     * Heap after 10M timed-out selects is within 16 MiB of the heap after the first 100k. A
     * stepping clock makes every select enqueue its waiter, park and time out, with no real wait.
     */
    @Test
    void tenMillionTimedOutSelectsKeepTheHeapFlat() {
        Clock.runWith(new SteppingClock(), this::selectUntilTimeoutManyTimes);
    }

    /** With the real clock, selects that park and time out also leave nothing behind. */
    @Test
    void realTimeoutsLeaveNothingBehind() {
        Channel<Integer> never = Channel.make();
        Channel<Integer> full = Channel.make(1);
        full.send(0);
        for (int i = 0; i < 2_000; i++) {
            var timeout = onTimeout(Duration.ofNanos(20_000), () -> { });
            assertSame(timeout, select(onReceive(never), Select.onSend(full, 1), timeout));
        }
        assertEquals(0, ((ChannelCore<?>) never).queuedReceivers());
        assertEquals(0, ((ChannelCore<?>) full).queuedSenders());
    }

    private void selectUntilTimeoutManyTimes() {
        Channel<Integer> never = Channel.make();
        Case.Timeout timeout = onTimeout(Duration.ofNanos(3), () -> { });
        Case.Receive<Integer> receive = onReceive(never);
        int threadsBefore = Thread.activeCount();
        int timedOut = 0;
        long baseline = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            if (select(receive, timeout) == timeout) {
                timedOut++;
            }
            if (i == 100_000) {
                baseline = usedHeapAfterGc();
            }
        }
        long after = usedHeapAfterGc();
        assertEquals(ITERATIONS, timedOut);
        assertEquals(0, ((ChannelCore<?>) never).queuedReceivers(), "no waiter left queued");
        assertTrue(after - baseline < 16 << 20, "heap grew by " + (after - baseline) / 1024 + " KiB over " + ITERATIONS + " selects");
        assertTrue(Thread.activeCount() <= threadsBefore + 2, "no thread per select");
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
