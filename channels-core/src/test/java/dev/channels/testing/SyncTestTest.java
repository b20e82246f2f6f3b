package dev.channels.testing;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Channel;
import dev.channels.context.Context;
import dev.channels.rate.Limit;
import dev.channels.rate.Limiter;
import dev.channels.sync.WaitGroup;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake-clock bubble: time moves only when every goroutine is blocked, straight to the next timer. */
@Timeout(30)
class SyncTestTest {
    private static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    /** Time starts at 2000-01-01 and a long sleep returns at once, with the clock moved by exactly that much. */
    @Test
    void sleepJumpsTheClock() {
        long start = System.nanoTime();
        SyncTest.run(() -> {
            assertEquals(EPOCH, Time.now());
            Time.sleep(Duration.ofDays(3));
            assertEquals(EPOCH.plus(Duration.ofDays(3)), Time.now());
        });
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "three fake days in real seconds");
    }

    /** A select timeout fires at exactly its fake deadline when nothing else is ready. */
    @Test
    void selectTimeoutFiresOnTheFakeClock() {
        SyncTest.run(() -> {
            Channel<String> never = Channel.make();
            Instant start = Time.now();
            var fired = new AtomicInteger();
            select(onReceive(never), onTimeout(Duration.ofHours(5), fired::incrementAndGet));
            assertEquals(1, fired.get());
            assertEquals(Duration.ofHours(5), Duration.between(start, Time.now()));
        });
    }

    /** The clock does not move while a goroutine can still run: the message beats the timeout. */
    @Test
    void clockWaitsForRunnableGoroutines() {
        SyncTest.run(() -> {
            Channel<String> result = Channel.make();
            go(() -> {
                long spin = 0;
                for (int i = 0; i < 5_000_000; i++) {
                    spin += i; // busy, not blocked: time must not move meanwhile
                }
                result.send("done " + (spin > 0));
            });
            var got = new ArrayList<String>();
            select(onReceive(result, got::add), onTimeout(Duration.ofNanos(1), () -> got.add("timeout")));
            assertEquals(List.of("done true"), got);
        });
    }

    /** Tickers tick on the fake clock, one per period, in order with sleeps. */
    @Test
    void tickerTicks() {
        SyncTest.run(() -> {
            Ticker ticker = Time.newTicker(Duration.ofSeconds(1));
            List<Instant> ticks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ticks.add(ticker.c().receive());
            }
            ticker.stop();
            assertEquals(List.of(EPOCH.plusSeconds(1), EPOCH.plusSeconds(2), EPOCH.plusSeconds(3)), ticks);
        });
    }

    /** Context deadlines and rate limiters run on the bubble's clock. */
    @Test
    void contextAndLimiterUseTheFakeClock() {
        SyncTest.run(() -> {
            try (var ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(30))) {
                ctx.done().receive();
                assertSame(Context.DEADLINE_EXCEEDED, ctx.err());
                assertEquals(EPOCH.plusSeconds(30), Time.now());
            }
            var lim = new Limiter(Limit.every(Duration.ofMinutes(1)), 1);
            Instant start = Time.now();
            for (int i = 0; i < 4; i++) {
                lim.wait(Context.background());
            }
            assertEquals(Duration.ofMinutes(3), Duration.between(start, Time.now()));
        });
    }

    /** await (synctest.Wait) returns once every other goroutine is durably blocked, without moving time. */
    @Test
    void awaitWaitsForOthersToBlock() {
        SyncTest.run(() -> {
            Channel<Integer> ch = Channel.make(10);
            var wg = new WaitGroup();
            for (int i = 0; i < 5; i++) {
                int n = i;
                wg.go(() -> ch.send(n));
            }
            Instant before = Time.now();
            SyncTest.await();
            assertEquals(5, ch.length(), "every sender ran to completion before await returned");
            assertEquals(before, Time.now());
            wg.await();
        });
    }

    /** A deadlock is reported with Go's words and names the blocked goroutines and channels. */
    @Test
    void deadlockIsReported() {
        var e = assertThrows(AssertionError.class, () -> SyncTest.run(() -> {
            Channel<Integer> jobs = Channel.<Integer>make().named("jobs");
            Channel<Integer> results = Channel.<Integer>make().named("results");
            go(() -> results.send(jobs.receive()));
            results.receive(); // nobody ever sends on jobs
        }));
        String report = e.getMessage();
        assertTrue(report.startsWith("all goroutines are asleep - deadlock!"), report);
        assertTrue(report.contains("[chan receive]:"), report);
        assertTrue(report.contains("on chan \"jobs\" (len 0, cap 0)"), report);
        assertTrue(report.contains("on chan \"results\" (len 0, cap 0)"), report);
    }

    /** Goroutines the body leaves that end in fake time are waited for, as in Go. */
    @Test
    void goroutinesThatEndInFakeTimeAreWaitedFor() {
        var finished = new java.util.concurrent.atomic.AtomicReference<Instant>();
        SyncTest.run(() -> go(() -> {
            Time.sleep(Duration.ofHours(2));
            finished.set(Time.now());
        }));
        assertEquals(EPOCH.plus(Duration.ofHours(2)), finished.get());
    }

    /** A ticker left running after the body returns fails the run instead of ticking forever. */
    @Test
    void tickerLeftRunningAfterTheBodyFails() {
        var e = assertThrows(AssertionError.class, () -> SyncTest.run(() -> {
            Ticker ticker = Time.newTicker(Duration.ofMillis(200));
            go(() -> {
                for (Instant ignored : ticker.c()) {
                    // a filler that never ends, as the lesson's token bucket
                }
            });
        }));
        assertTrue(e.getMessage().contains("still running after 10000 more timer events"), e.getMessage());
    }

    /** Goroutines the body leaves blocked for good are an error naming them. */
    @Test
    void leftoverGoroutinesAreAnError() {
        var e = assertThrows(AssertionError.class, () -> SyncTest.run(() -> {
            Channel<Integer> forgotten = Channel.<Integer>make().named("forgotten");
            go(forgotten::receive);
        }));
        assertTrue(e.getMessage().contains("still blocked"), e.getMessage());
        assertTrue(e.getMessage().contains("on chan \"forgotten\""), e.getMessage());
    }

    /** A runaway ticker is stopped by the cap on the clock's advance. */
    @Test
    void capStopsARunawayTicker() {
        var e = assertThrows(AssertionError.class, () -> SyncTest.run(0, Duration.ofHours(1), () -> {
            Ticker ticker = Time.newTicker(Duration.ofSeconds(1));
            for (;;) {
                ticker.c().receive();
            }
        }));
        assertTrue(e.getMessage().contains("cap of PT1H"), e.getMessage());
    }

    /** An exception escaping any goroutine of the bubble fails the run. */
    @Test
    void goroutineExceptionsFailTheRun() {
        var e = assertThrows(AssertionError.class, () -> SyncTest.run(() -> {
            var wg = new WaitGroup();
            wg.go(() -> {
                throw new IOException("disk on fire");
            });
            wg.await();
        }));
        assertEquals("disk on fire", e.getCause().getMessage());
        var unchecked = assertThrows(IllegalStateException.class, () -> SyncTest.run(() -> go(() -> {
            throw new IllegalStateException("bad state");
        })));
        assertEquals("bad state", unchecked.getMessage());
    }

    /** A failing assertion in the body fails the run: it is not lost on the bubble's goroutine. */
    @Test
    void assertionInTheBodyFailsTheRun() {
        var e = assertThrows(AssertionError.class, () -> SyncTest.run(() -> {
            Time.sleep(Duration.ofSeconds(1));
            assertEquals(1, 2, "deliberately wrong");
        }));
        assertTrue(e.getMessage().contains("deliberately wrong"), e.getMessage());
    }

    /** Selects in a bubble draw from its seed: the same seed, the same choices. */
    @Test
    void selectChoicesFollowTheSeed() {
        assertEquals(choices(7), choices(7));
        assertNotEquals(choices(7), choices(8));
    }

    private static List<Integer> choices(long seed) {
        List<Integer> picked = new ArrayList<>();
        SyncTest.run(seed, SyncTest.DEFAULT_MAX_ADVANCE, () -> {
            Channel<Integer> a = Channel.make(64);
            Channel<Integer> b = Channel.make(64);
            for (int i = 0; i < 64; i++) {
                a.send(0);
                b.send(1);
            }
            for (int i = 0; i < 64; i++) {
                select(onReceive(a, picked::add), onReceive(b, picked::add));
            }
        });
        return picked;
    }

    /** Interrupting the thread that runs a bubble (a test timeout) tears it down, naming what still ran. */
    @Test
    void interruptTearsTheBubbleDown() throws Exception {
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        Channel<Thread> inside = Channel.make(1);
        Thread runner = Thread.ofPlatform().start(() -> {
            try {
                SyncTest.run(() -> {
                    inside.send(Thread.currentThread());
                    Thread.currentThread().join(); // blocked outside the library: the clock cannot move
                });
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        inside.receive(); // the root runs, and is about to block outside the library
        runner.interrupt();
        runner.join();
        assertTrue(failure.get() instanceof AssertionError, String.valueOf(failure.get()));
        assertTrue(failure.get().getMessage().contains("interrupted"), failure.get().getMessage());
    }

    /** await outside a bubble is a clear error. */
    @Test
    void awaitOutsideABubbleIsAnError() {
        var e = assertThrows(IllegalStateException.class, SyncTest::await);
        assertTrue(e.getMessage().contains("outside a bubble"));
        assertFalse(e.getMessage().isEmpty());
    }
}
