package dev.channels.rate;

import static dev.channels.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Channel;
import dev.channels.context.CancelContext;
import dev.channels.context.Canceled;
import dev.channels.context.Context;
import dev.channels.context.DeadlineExceeded;
import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The token bucket with x/time/rate's semantics, in a fake-clock bubble: sleeps take no real time. */
@Timeout(20)
class LimiterTest {
    /** The bucket starts full: burst events pass at once, then one per 1/limit. */
    @Test
    void allowTakesTheBurstThenTheRate() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.every(Duration.ofMillis(100)), 3);
            assertTrue(lim.allow());
            assertTrue(lim.allow());
            assertTrue(lim.allow());
            assertFalse(lim.allow());
            Time.sleep(Duration.ofMillis(99));
            assertFalse(lim.allow());
            Time.sleep(Duration.ofMillis(1));
            assertTrue(lim.allow());
            assertFalse(lim.allow());
            Time.sleep(Duration.ofSeconds(10));
            assertEquals(3.0, lim.tokens(), 1e-9, "refills up to the burst, no further");
        });
    }

    /** every(d) is 1/d events per second; a non-positive interval is INF. */
    @Test
    void everyConvertsAnInterval() {
        assertEquals(10.0, Limit.every(Duration.ofMillis(100)).perSecond(), 1e-9);
        assertEquals(Limit.INF, Limit.every(Duration.ZERO));
        assertEquals(Limit.INF, Limit.every(Duration.ofSeconds(-1)));
    }

    /** INF allows every event, even with a burst of zero; waitN ignores the burst. */
    @Test
    void infAllowsEverything() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.INF, 0);
            for (int i = 0; i < 1000; i++) {
                assertTrue(lim.allow());
            }
            lim.waitN(Context.background(), 50);
        });
    }

    /** A zero limit allows the burst once and never refills (golang/go#39984). */
    @Test
    void zeroLimitAllowsOnlyTheBurst() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.of(0), 2);
            assertTrue(lim.allow());
            assertTrue(lim.allow());
            assertFalse(lim.allow());
            Time.sleep(Duration.ofDays(1));
            assertFalse(lim.allow());
        });
    }

    /** reserve says how long to wait; cancelling gives the token back to later reservations. */
    @Test
    void reserveAndCancel() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.of(1), 1);
            Reservation first = lim.reserve();
            assertTrue(first.ok());
            assertEquals(Duration.ZERO, first.delay());
            Reservation second = lim.reserve();
            assertEquals(Duration.ofSeconds(1), second.delay());
            Reservation third = lim.reserve();
            assertEquals(Duration.ofSeconds(2), third.delay());
            third.cancel();
            assertEquals(Duration.ofSeconds(2), lim.reserve().delay(), "third's slot was given back");
        });
    }

    /** reserveN beyond the burst is not ok: infinite delay, cancel does nothing. */
    @Test
    void reservationBeyondBurstIsNotOk() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.of(10), 2);
            Reservation r = lim.reserveN(Time.now(), 3);
            assertFalse(r.ok());
            assertEquals(Reservation.INF_DURATION, r.delay());
            r.cancel();
            assertEquals(2.0, lim.tokens(), 1e-9, "nothing was taken");
        });
    }

    /** wait returns at once while tokens last, then blocks until the clock brings one. */
    @Test
    void waitBlocksUntilATokenArrives() {
        SyncTest.run(() -> {
            Instant start = Time.now();
            var lim = new Limiter(Limit.of(2), 1);
            lim.wait(Context.background());
            assertEquals(start, Time.now());
            lim.wait(Context.background());
            assertEquals(start.plusMillis(500), Time.now());
        });
    }

    /** A wait that would pass the context's deadline fails at once, recognisably, and takes nothing. */
    @Test
    void waitPastDeadlineFailsAtOnce() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.of(1), 1);
            assertTrue(lim.allow());
            try (var ctx = Context.withTimeout(Context.background(), Duration.ofMillis(500))) {
                var e = assertThrows(DeadlineExceeded.class, () -> lim.wait(ctx));
                assertEquals("rate: Wait(n=1) would exceed context deadline", e.getMessage());
            }
            assertEquals(0.0, lim.tokens(), 1e-9, "no token consumed");
            Time.sleep(Duration.ofSeconds(1));
            assertTrue(lim.allow());
        });
    }

    /** A wait on a cancelled context fails at once with Canceled and takes nothing. */
    @Test
    void waitOnCancelledContextFails() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.of(1), 1);
            CancelContext ctx = Context.withCancel(Context.background());
            ctx.cancel();
            var e = assertThrows(Canceled.class, () -> lim.wait(ctx));
            assertEquals("context canceled", e.getMessage());
            assertEquals(1.0, lim.tokens(), 1e-9);
        });
    }

    /** Cancelling the context during a wait fails it and gives the reserved token back. */
    @Test
    void cancelDuringWaitGivesTheTokenBack() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.of(1), 1);
            assertTrue(lim.allow());
            CancelContext ctx = Context.withCancel(Context.background());
            Channel<Throwable> failure = Channel.make(1);
            go(() -> {
                try {
                    lim.wait(ctx);
                } catch (Throwable t) {
                    failure.send(t);
                }
            });
            SyncTest.await(); // the waiter is parked with its reservation
            assertEquals(-1.0, lim.tokens(), 1e-9, "the waiter holds a reservation");
            ctx.cancel();
            assertInstanceOf(Canceled.class, failure.receive());
            assertEquals(0.0, lim.tokens(), 1e-9, "the reservation was given back");
        });
    }

    /** waitN beyond the burst is an error with Go's text. */
    @Test
    void waitBeyondBurstIsAnError() {
        var lim = new Limiter(Limit.of(1), 1);
        var e = assertThrows(IllegalArgumentException.class, () -> lim.waitN(Context.background(), 2));
        assertEquals("rate: Wait(n=2) exceeds limiter's burst 1", e.getMessage());
    }

    /** setLimit and setBurst take effect from now on. */
    @Test
    void setLimitAndBurst() {
        SyncTest.run(() -> {
            var lim = new Limiter(Limit.of(1), 1);
            assertTrue(lim.allow());
            lim.setLimit(Limit.of(10));
            Time.sleep(Duration.ofMillis(100));
            assertTrue(lim.allow());
            lim.setBurst(5);
            Time.sleep(Duration.ofSeconds(1));
            for (int i = 0; i < 5; i++) {
                assertTrue(lim.allow());
            }
            assertFalse(lim.allow());
            assertEquals(Limit.of(10), lim.limit());
            assertEquals(5, lim.burst());
        });
    }

    /** Nonsense limits and bursts are rejected with messages that name them. */
    @Test
    void nonsenseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Limit.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Limit.of(-1));
        var e = assertThrows(IllegalArgumentException.class, () -> new Limiter(Limit.of(1), -1));
        assertTrue(e.getMessage().contains("-1"));
        assertThrows(IllegalArgumentException.class, () -> new Limiter(Limit.of(1), 1).setBurst(-2));
    }
}
