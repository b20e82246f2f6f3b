package dev.channels.time;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Blocking;
import dev.channels.Channel;
import dev.channels.OperationInterruptedException;
import dev.channels.ReceiveChannel;
import dev.channels.Received;
import dev.channels.internal.Waiter;
import dev.channels.testing.SyncTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Timers, tickers, after, tick and sleep, with Go 1.23 semantics. Each test runs in a fake-clock
 * bubble: {@code Time.sleep(d)} moves the clock by exactly d, with every timer due on the way fired
 * in order, in no real time.
 */
@Timeout(20)
class TimeTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    /** after(d) delivers the clock's time once d has passed, and not before. */
    @Test
    void afterDeliversOnceDurationPasses() {
        SyncTest.run(() -> {
            Instant start = Time.now();
            ReceiveChannel<Instant> c = Time.after(SECOND);
            Time.sleep(Duration.ofMillis(999));
            assertEquals(Optional.empty(), c.tryReceive());
            Time.sleep(Duration.ofMillis(1));
            assertEquals(Optional.of(Received.of(start.plus(SECOND))), c.tryReceive());
            Time.sleep(Duration.ofHours(1));
            assertEquals(Optional.empty(), c.tryReceive(), "a timer fires once");
        });
    }

    /** sleep returns when the clock has moved by exactly its duration; a non-positive one returns at once. */
    @Test
    void sleepWaitsForTheClock() {
        SyncTest.run(() -> {
            Instant start = Time.now();
            Time.sleep(Duration.ZERO);
            Time.sleep(Duration.ofSeconds(-5));
            assertEquals(start, Time.now());
            Channel<Instant> wokeAt = Channel.make(1);
            go(() -> {
                Time.sleep(Duration.ofMinutes(2));
                wokeAt.send(Time.now());
            });
            Time.sleep(Duration.ofSeconds(119));
            assertEquals(Optional.empty(), wokeAt.tryReceive(), "still asleep after 119 s");
            assertEquals(start.plus(Duration.ofMinutes(2)), wokeAt.receive());
        });
    }

    /** An interrupted sleep throws and keeps the interrupt status. */
    @Test
    void interruptedSleepThrows() throws Exception {
        var failure = new AtomicReference<Throwable>();
        var statusAfter = new boolean[1];
        Thread sleeper = Thread.ofVirtual().start(() -> {
            try {
                Time.sleep(Duration.ofDays(1));
            } catch (Throwable t) {
                failure.set(t);
                statusAfter[0] = Thread.currentThread().isInterrupted();
            }
        });
        Blocking.awaitBlockedIn(sleeper, Waiter.Operation.SLEEP);
        sleeper.interrupt();
        sleeper.join();
        assertInstanceOf(OperationInterruptedException.class, failure.get());
        assertTrue(statusAfter[0]);
    }

    /** stop before the timer fires prevents it and returns true; a second stop returns false. */
    @Test
    void stopPreventsFiring() {
        SyncTest.run(() -> {
            Timer t = Time.newTimer(SECOND);
            assertTrue(t.stop());
            assertFalse(t.stop());
            Time.sleep(Duration.ofMinutes(1));
            assertEquals(Optional.empty(), t.c().tryReceive());
        });
    }

    /** Go 1.23: after stop, no stale value is received, even one already sent; stop then reports true. */
    @Test
    void stopDiscardsAnUnreceivedValue() {
        SyncTest.run(() -> {
            Timer t = Time.newTimer(SECOND);
            Time.sleep(SECOND); // fired; nobody received
            assertTrue(t.stop(), "the program had not received from t.C, so stop reports true");
            assertEquals(Optional.empty(), t.c().tryReceive(), "no stale value after stop");
        });
    }

    /** Stop after the value was received returns false. */
    @Test
    void stopAfterReceiveReturnsFalse() {
        SyncTest.run(() -> {
            Timer t = Time.newTimer(SECOND);
            t.c().receive();
            assertFalse(t.stop());
        });
    }

    /** reset re-arms the timer, discards a stale value, and reports whether it was active. */
    @Test
    void resetRearmsWithoutStaleValues() {
        SyncTest.run(() -> {
            Timer t = Time.newTimer(SECOND);
            assertTrue(t.reset(Duration.ofSeconds(5)), "was active");
            Time.sleep(Duration.ofSeconds(4));
            assertEquals(Optional.empty(), t.c().tryReceive());
            Time.sleep(SECOND);
            assertEquals(Optional.of(Received.of(Time.now())), t.c().tryReceive());
            assertFalse(t.reset(SECOND), "had fired and been received");
            Time.sleep(SECOND);
            assertTrue(t.reset(SECOND), "fired but not received: the value is dropped, as Go 1.23 does");
            assertEquals(Optional.empty(), t.c().tryReceive(), "no stale value after reset");
            Time.sleep(SECOND);
            assertTrue(t.c().tryReceive().isPresent());
        });
    }

    /**
     * A timer is scheduled only while a receiver may be blocked on it, so stop and reset must
     * reschedule for receivers already blocked: in a receive, and in a select.
     */
    @Test
    void resetWakesReceiversAlreadyBlocked() {
        SyncTest.run(() -> {
            Instant start = Time.now();
            Timer t = Time.newTimer(Duration.ofHours(1));
            Timer u = Time.newTimer(Duration.ofHours(1));
            Channel<Instant> got = Channel.make(2);
            go(() -> got.send(t.c().receive()));
            go(() -> select(onReceive(u.c(), got::send)));
            SyncTest.await(); // both blocked
            t.stop();
            t.reset(SECOND);
            u.reset(Duration.ofSeconds(2));
            assertEquals(start.plus(SECOND), got.receive());
            assertEquals(start.plus(Duration.ofSeconds(2)), got.receive());
        });
    }

    /** Timer channels report len 0 and cap 0, as Go 1.23's do. */
    @Test
    void timerChannelsReportZeroCapacity() {
        SyncTest.run(() -> {
            Timer t = Time.newTimer(SECOND);
            Time.sleep(SECOND);
            assertEquals(0, t.c().capacity());
            assertEquals(0, t.c().length());
            assertTrue(t.c().tryReceive().isPresent());
        });
    }

    /** afterFunc runs its function in a new goroutine when the time comes; stop before then cancels it. */
    @Test
    void afterFuncRunsInAGoroutine() {
        SyncTest.run(() -> {
            Channel<String> ran = Channel.make(1);
            Timer t = Time.afterFunc(SECOND, () -> ran.send(Thread.currentThread().getName()));
            Timer cancelled = Time.afterFunc(SECOND, () -> ran.send("cancelled timer ran"));
            assertTrue(cancelled.stop());
            assertSame(Channel.nil(), t.c(), "an AfterFunc timer's channel is nil");
            String name = ran.receive();
            assertTrue(name.startsWith("goroutine-"), name);
            assertEquals(Time.now(), Instant.parse("2000-01-01T00:00:01Z"));
            assertFalse(t.stop(), "already ran");
            assertEquals(Optional.empty(), ran.tryReceive());
        });
    }

    /** A ticker delivers once per period, at the clock's times. */
    @Test
    void tickerTicksEachPeriod() {
        SyncTest.run(() -> {
            Instant start = Time.now();
            Ticker ticker = Time.newTicker(Duration.ofMillis(100));
            List<Instant> ticks = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ticks.add(ticker.c().receive());
            }
            for (int i = 0; i < 5; i++) {
                assertEquals(start.plusMillis(100L * (i + 1)), ticks.get(i));
            }
            ticker.stop();
        });
    }

    /** A slow receiver loses ticks: one waits in the channel, the rest are dropped. */
    @Test
    void slowReceiverLosesTicks() {
        SyncTest.run(() -> {
            Instant start = Time.now();
            Ticker ticker = Time.newTicker(Duration.ofMillis(100));
            Time.sleep(Duration.ofMillis(1_050)); // ten periods pass unreceived
            assertEquals(Optional.of(Received.of(start.plusMillis(100))), ticker.c().tryReceive(), "the first tick waited");
            assertEquals(Optional.empty(), ticker.c().tryReceive(), "the other nine were dropped");
            Time.sleep(Duration.ofMillis(50));
            assertEquals(Optional.of(Received.of(start.plusMillis(1_100))), ticker.c().tryReceive(), "ticks stay on the period's grid");
            ticker.stop();
        });
    }

    /** After ticker.stop no tick is received, not even one already delivered. */
    @Test
    void stoppedTickerDeliversNothing() {
        SyncTest.run(() -> {
            Ticker ticker = Time.newTicker(SECOND);
            Time.sleep(SECOND);
            ticker.stop();
            Time.sleep(Duration.ofSeconds(10));
            assertEquals(Optional.empty(), ticker.c().tryReceive());
        });
    }

    /** ticker.reset changes the period and drops a pending tick. */
    @Test
    void tickerResetChangesPeriod() {
        SyncTest.run(() -> {
            Ticker ticker = Time.newTicker(SECOND);
            Time.sleep(SECOND);
            ticker.reset(Duration.ofSeconds(3));
            assertEquals(Optional.empty(), ticker.c().tryReceive(), "no stale tick after reset");
            Time.sleep(Duration.ofSeconds(2));
            assertEquals(Optional.empty(), ticker.c().tryReceive());
            Time.sleep(SECOND);
            assertTrue(ticker.c().tryReceive().isPresent());
            Time.sleep(Duration.ofSeconds(3));
            assertTrue(ticker.c().tryReceive().isPresent());
            ticker.stop();
        });
    }

    /** Non-positive ticker intervals are rejected with Go's panic text; tick(d <= 0) is nil. */
    @Test
    void nonPositiveIntervals() {
        var e = assertThrows(IllegalArgumentException.class, () -> Time.newTicker(Duration.ZERO));
        assertEquals("non-positive interval for NewTicker", e.getMessage());
        Ticker ticker = Time.newTicker(SECOND);
        var e2 = assertThrows(IllegalArgumentException.class, () -> ticker.reset(Duration.ofSeconds(-1)));
        assertEquals("non-positive interval for Ticker.Reset", e2.getMessage());
        ticker.stop();
        assertSame(Channel.nil(), Time.tick(Duration.ZERO));
    }

    /** tick(d) ticks like a ticker. */
    @Test
    void tickTicks() {
        SyncTest.run(() -> {
            ReceiveChannel<Instant> c = Time.tick(SECOND);
            for (int i = 1; i <= 3; i++) {
                assertEquals(Instant.parse("2000-01-01T00:00:00Z").plusSeconds(i), c.receive());
            }
        });
    }

    /** A select's timeout case uses the clock too: it fires exactly when the fake clock passes it. */
    @Test
    void selectTimeoutFollowsTheClock() {
        SyncTest.run(() -> {
            Instant start = Time.now();
            var fired = new AtomicInteger();
            select(onReceive(Channel.make()), onTimeout(Duration.ofHours(5), fired::incrementAndGet));
            assertEquals(1, fired.get());
            assertEquals(start.plus(Duration.ofHours(5)), Time.now());
        });
    }
}
