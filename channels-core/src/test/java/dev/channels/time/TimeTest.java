package dev.channels.time;

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
import dev.channels.internal.Clock;
import dev.channels.internal.FakeClock;
import dev.channels.internal.Waiter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Timers, tickers, after, tick and sleep, with Go 1.23 semantics, on a fake clock. */
@Timeout(20)
class TimeTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final FakeClock clock = new FakeClock();

    private void withFakeClock(ThrowingRunnable body) {
        Clock.runWith(clock, () -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** after(d) delivers the clock's time once d has passed, and not before. */
    @Test
    void afterDeliversOnceDurationPasses() {
        withFakeClock(() -> {
            ReceiveChannel<Instant> c = Time.after(SECOND);
            Instant start = clock.now();
            clock.advance(Duration.ofMillis(999));
            assertEquals(Optional.empty(), c.tryReceive());
            clock.advance(Duration.ofMillis(1));
            assertEquals(Optional.of(Received.of(start.plus(SECOND))), c.tryReceive());
            clock.advance(Duration.ofHours(1));
            assertEquals(Optional.empty(), c.tryReceive(), "a timer fires once");
        });
    }

    /** sleep blocks until the clock passes the duration; a non-positive duration returns at once. */
    @Test
    void sleepWaitsForTheClock() {
        withFakeClock(() -> {
            Time.sleep(Duration.ZERO);
            Time.sleep(Duration.ofSeconds(-5));
            var done = new AtomicReference<Instant>();
            Thread sleeper = Thread.ofVirtual().start(() -> {
                Time.sleep(Duration.ofMinutes(2));
                done.set(Time.now());
            });
            Blocking.awaitBlockedIn(sleeper, Waiter.Operation.SLEEP);
            Instant start = clock.now();
            clock.advance(Duration.ofSeconds(119));
            assertTrue(sleeper.isAlive());
            clock.advance(SECOND);
            sleeper.join();
            assertEquals(start.plus(Duration.ofMinutes(2)), done.get());
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
        withFakeClock(() -> {
            Timer t = Time.newTimer(SECOND);
            assertTrue(t.stop());
            assertFalse(t.stop());
            clock.advance(Duration.ofMinutes(1));
            assertEquals(Optional.empty(), t.c().tryReceive());
            assertEquals(0, clock.pendingActions(), "a stopped timer leaves the clock's queue");
        });
    }

    /** Go 1.23: after stop, no stale value is received, even one already sent; stop then reports true. */
    @Test
    void stopDiscardsAnUnreceivedValue() {
        withFakeClock(() -> {
            Timer t = Time.newTimer(SECOND);
            clock.advance(SECOND); // fired; nobody received
            assertTrue(t.stop(), "the program had not received from t.C, so stop reports true");
            assertEquals(Optional.empty(), t.c().tryReceive(), "no stale value after stop");
        });
    }

    /** Stop after the value was received returns false. */
    @Test
    void stopAfterReceiveReturnsFalse() {
        withFakeClock(() -> {
            Timer t = Time.newTimer(SECOND);
            clock.advance(SECOND);
            assertTrue(t.c().tryReceive().isPresent());
            assertFalse(t.stop());
        });
    }

    /** reset re-arms the timer, discards a stale value, and reports whether it was active. */
    @Test
    void resetRearmsWithoutStaleValues() {
        withFakeClock(() -> {
            Timer t = Time.newTimer(SECOND);
            assertTrue(t.reset(Duration.ofSeconds(5)), "was active");
            clock.advance(Duration.ofSeconds(4));
            assertEquals(Optional.empty(), t.c().tryReceive());
            clock.advance(SECOND);
            assertEquals(Optional.of(Received.of(clock.now())), t.c().tryReceive());
            assertFalse(t.reset(SECOND), "had fired and been received");
            clock.advance(SECOND);
            assertTrue(t.reset(SECOND), "fired but not received: the value is dropped, as Go 1.23 does");
            assertEquals(Optional.empty(), t.c().tryReceive(), "no stale value after reset");
            clock.advance(SECOND);
            assertTrue(t.c().tryReceive().isPresent());
        });
    }

    /** Timer channels report len 0 and cap 0, as Go 1.23's do. */
    @Test
    void timerChannelsReportZeroCapacity() {
        withFakeClock(() -> {
            Timer t = Time.newTimer(SECOND);
            clock.advance(SECOND);
            assertEquals(0, t.c().capacity());
            assertEquals(0, t.c().length());
            assertTrue(t.c().tryReceive().isPresent());
        });
    }

    /** afterFunc runs its function in a new goroutine when the time comes; stop before then cancels it. */
    @Test
    void afterFuncRunsInAGoroutine() {
        withFakeClock(() -> {
            Channel<String> ran = Channel.make(1);
            Timer t = Time.afterFunc(SECOND, () -> ran.send(Thread.currentThread().getName()));
            Timer cancelled = Time.afterFunc(SECOND, () -> ran.send("cancelled timer ran"));
            assertTrue(cancelled.stop());
            assertSame(Channel.nil(), t.c(), "an AfterFunc timer's channel is nil");
            clock.advance(SECOND);
            String name = ran.receive();
            assertTrue(name.startsWith("goroutine-"), name);
            assertFalse(t.stop(), "already ran");
            assertEquals(Optional.empty(), ran.tryReceive());
        });
    }

    /** A ticker delivers once per period, at the clock's times. */
    @Test
    void tickerTicksEachPeriod() {
        withFakeClock(() -> {
            Ticker ticker = Time.newTicker(Duration.ofMillis(100));
            Instant start = clock.now();
            List<Instant> ticks = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                clock.advance(Duration.ofMillis(100));
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
        withFakeClock(() -> {
            Ticker ticker = Time.newTicker(Duration.ofMillis(100));
            Instant start = clock.now();
            clock.advance(Duration.ofMillis(1_050)); // ten periods pass unreceived
            assertEquals(Optional.of(Received.of(start.plusMillis(100))), ticker.c().tryReceive(), "the first tick waited");
            assertEquals(Optional.empty(), ticker.c().tryReceive(), "the other nine were dropped");
            clock.advance(Duration.ofMillis(50));
            assertEquals(Optional.of(Received.of(start.plusMillis(1_100))), ticker.c().tryReceive(), "ticks stay on the period's grid");
            ticker.stop();
        });
    }

    /** After ticker.stop no tick is received, not even one already delivered. */
    @Test
    void stoppedTickerDeliversNothing() {
        withFakeClock(() -> {
            Ticker ticker = Time.newTicker(SECOND);
            clock.advance(SECOND);
            ticker.stop();
            clock.advance(Duration.ofSeconds(10));
            assertEquals(Optional.empty(), ticker.c().tryReceive());
            assertEquals(0, clock.pendingActions());
        });
    }

    /** ticker.reset changes the period and drops a pending tick. */
    @Test
    void tickerResetChangesPeriod() {
        withFakeClock(() -> {
            Ticker ticker = Time.newTicker(SECOND);
            clock.advance(SECOND);
            ticker.reset(Duration.ofSeconds(3));
            assertEquals(Optional.empty(), ticker.c().tryReceive(), "no stale tick after reset");
            clock.advance(Duration.ofSeconds(2));
            assertEquals(Optional.empty(), ticker.c().tryReceive());
            clock.advance(SECOND);
            assertTrue(ticker.c().tryReceive().isPresent());
            clock.advance(Duration.ofSeconds(3));
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
        withFakeClock(() -> {
            ReceiveChannel<Instant> c = Time.tick(SECOND);
            for (int i = 0; i < 3; i++) {
                clock.advance(SECOND);
                assertTrue(c.tryReceive().isPresent());
            }
        });
    }

    /** A receiver blocked on a timer channel wakes when it fires. */
    @Test
    void blockedReceiverWakesOnFire() throws Exception {
        withFakeClock(() -> {
            Timer t = Time.newTimer(SECOND);
            var got = new AtomicReference<Instant>();
            Thread receiver = Thread.ofVirtual().start(() -> got.set(t.c().receive()));
            Blocking.awaitBlockedIn(receiver, Waiter.Operation.RECEIVE);
            clock.advance(SECOND);
            receiver.join();
            assertEquals(clock.now(), got.get());
        });
    }

    /** A select's timeout case uses the clock too: it fires when the fake clock passes it. */
    @Test
    void selectTimeoutFollowsTheClock() {
        withFakeClock(() -> {
            var fired = new AtomicInteger();
            Thread selector = Thread.ofVirtual().start(() -> dev.channels.Select.select(
                    dev.channels.Select.onReceive(Channel.make()),
                    dev.channels.Select.onTimeout(Duration.ofHours(5), fired::incrementAndGet)));
            Blocking.awaitBlockedIn(selector, Waiter.Operation.SELECT);
            clock.advance(Duration.ofHours(4));
            assertTrue(selector.isAlive());
            clock.advance(Duration.ofHours(1));
            selector.join();
            assertEquals(1, fired.get());
        });
    }
}
