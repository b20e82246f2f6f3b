package dev.channels.time;

import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.internal.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Go 1.23's rule that a receive from a timer channel runs an expired timer itself: under a clock
 * whose scheduler never runs anything, a due timer still delivers, once, to tryReceive, to a
 * select with a default and to a blocking receive; a timer not yet due delivers nothing.
 */
@Timeout(10)
class TimerFiresOnReceiveTest {

    /** A clock that only moves when told and never runs its scheduled actions on its own. */
    private static final class HeldClock implements Clock {
        long nanos = 1_000_000_000L;
        final List<Runnable> scheduled = new CopyOnWriteArrayList<>();
        final AtomicInteger cancelled = new AtomicInteger();

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public Instant now() {
            return Instant.ofEpochSecond(0, nanos);
        }

        @Override
        public void parkUntil(Object blocker, long deadlineNanos) {
            throw new AssertionError("nothing here may block on the clock");
        }

        @Override
        public Scheduled schedule(long deadlineNanos, Runnable action) {
            scheduled.add(action);
            return () -> {
                cancelled.incrementAndGet();
                return true;
            };
        }

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    private static void withHeldClock(HeldClock clock, Runnable body) {
        Clock.runWith(clock, body);
    }

    @Test
    void aDueTimerDeliversToTryReceiveOnceWithoutItsScheduler() {
        HeldClock clock = new HeldClock();
        withHeldClock(clock, () -> {
            Timer t = Time.newTimer(Duration.ofSeconds(1));
            assertTrue(t.c().tryReceive().isEmpty(), "not due yet");
            clock.advance(Duration.ofSeconds(1));
            clock.advance(Duration.ofMillis(3)); // received late: Go delivers the time it was due
            assertEquals(Instant.ofEpochSecond(2), t.c().tryReceive().orElseThrow().value());
            assertTrue(clock.scheduled.isEmpty(), "nobody blocked on it: never scheduled");
            assertTrue(t.c().tryReceive().isEmpty(), "fired exactly once");
            assertFalse(t.stop(), "an expired, received timer is not active");
        });
    }

    @Test
    void aScheduledFiringThatLostTheRaceDeliversNothing() {
        HeldClock clock = new HeldClock();
        withHeldClock(clock, () -> {
            Timer t = Time.newTimer(Duration.ofSeconds(1));
            var wake = dev.channels.Channel.<Integer>make();
            Thread selector = dev.channels.Go.go(() -> select(onReceive(wake), onReceive(t.c())));
            while (clock.scheduled.isEmpty()) {
                Thread.yield(); // until the select has parked and scheduled the timer to wake it
            }
            wake.send(1); // another case wins; the timer stays scheduled
            joinQuietly(selector);
            assertEquals(1, clock.scheduled.size());
            clock.advance(Duration.ofSeconds(1));
            assertTrue(t.c().tryReceive().isPresent(), "fired by the receiver");
            assertEquals(1, clock.cancelled.get(), "its scheduled firing was cancelled");
            clock.scheduled.get(0).run(); // had it run anyway, it would deliver nothing (seq moved on)
            assertTrue(t.c().tryReceive().isEmpty(), "fired exactly once");
        });
    }

    @Test
    void aDueTimerFiresTheSelectCaseNotTheDefault() {
        HeldClock clock = new HeldClock();
        withHeldClock(clock, () -> {
            Timer t = Time.newTimer(Duration.ofMillis(5));
            var fallback = onDefault();
            assertSame(fallback, select(onReceive(t.c()), fallback));
            clock.advance(Duration.ofMillis(5));
            assertNotSame(fallback, select(onReceive(t.c()), fallback));
            var other = dev.channels.Channel.<Integer>make();
            assertSame(fallback, select(onReceive(other), onReceive(t.c()), fallback), "nothing more to receive");
        });
    }

    @Test
    void aBlockingReceiveOfADueTimerDoesNotWait() {
        HeldClock clock = new HeldClock();
        withHeldClock(clock, () -> {
            ReceiveAfter after = new ReceiveAfter(Time.after(Duration.ofMinutes(1)));
            clock.advance(Duration.ofMinutes(1));
            assertEquals(Instant.ofEpochSecond(0, clock.nanos), after.channel.receive());
        });
    }

    @Test
    void aDueTickerDeliversOneTickAndSchedulesTheNext() {
        HeldClock clock = new HeldClock();
        withHeldClock(clock, () -> {
            Ticker ticker = Time.newTicker(Duration.ofSeconds(1));
            clock.advance(Duration.ofMillis(3500)); // three periods passed: one tick, the rest dropped
            assertTrue(ticker.c().tryReceive().isPresent());
            assertTrue(ticker.c().tryReceive().isEmpty(), "the next tick is at 4 s, not yet");
            clock.advance(Duration.ofMillis(500));
            assertTrue(ticker.c().tryReceive().isPresent(), "the tick at 4 s");
            ticker.stop();
            clock.advance(Duration.ofSeconds(5));
            assertTrue(ticker.c().tryReceive().isEmpty(), "a stopped ticker does not fire on receive");
        });
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private record ReceiveAfter(dev.channels.ReceiveChannel<Instant> channel) {}
}
