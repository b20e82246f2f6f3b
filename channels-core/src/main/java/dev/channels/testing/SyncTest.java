package dev.channels.testing;

import dev.channels.Goroutine;
import dev.channels.internal.Bubble;
import java.time.Duration;
import java.util.Objects;

/**
 * Runs code in a bubble with a fake clock, after Go's {@code testing/synctest}: time-based code
 * (timeouts, tickers, rate limits, context deadlines) runs in milliseconds and deterministically.
 *
 * {@snippet :
 * @Test
 * void timeoutFires() {
 *     SyncTest.run(() -> {
 *         Channel<String> never = Channel.make();
 *         Instant start = Time.now();
 *         select(
 *             onReceive(never, v -> fail()),
 *             onTimeout(Duration.ofHours(5), () -> { }));
 *         assertEquals(Duration.ofHours(5), Duration.between(start, Time.now()));
 *     });
 * }
 * }
 *
 * <p><b>The bubble.</b> {@code body} runs in a new goroutine, and every goroutine started inside
 * with {@code go(...)} (and {@code WaitGroup.go}, {@code Group.go}, {@code afterFunc}) joins the
 * bubble. Inside, every timer, ticker, sleep, select timeout, context deadline and rate limiter
 * uses the bubble's clock, which starts at 2000-01-01T00:00:00Z.
 *
 * <p><b>Time moves only when every goroutine of the bubble is durably blocked</b> in the library's
 * primitives (channels, select, timers, sleep, context, WaitGroup, Group, Limiter), and then jumps
 * straight to the next timer. A goroutine blocked on anything else (I/O, a JDK lock, a thread
 * outside the bubble) counts as running, and the clock waits for it.
 *
 * <p><b>Failures.</b> {@code run} throws, naming the goroutines with a dump in Go's format:
 * <ul>
 * <li>{@code all goroutines are asleep - deadlock!} when every goroutine is blocked and no timer
 *     is pending;</li>
 * <li>when the body has returned and the goroutines it left are blocked for good, or still
 *     running after 10,000 more timer events (a ticker never stopped): the bubble waits for
 *     goroutines that end in fake time, as Go's does, but not for leaks;</li>
 * <li>when the clock would pass {@code maxAdvance} (default 30 days): a runaway ticker.</li>
 * </ul>
 * An exception that escapes any goroutine of the bubble is rethrown by {@code run}.
 *
 * <p><b>Randomness.</b> Selects inside the bubble draw from the bubble's seed, so a run with the
 * same seed and the same schedule makes the same choices.
 *
 * @go {@code synctest.Test(t, func(t *testing.T) { ... })}
 */
public final class SyncTest {
    /** How far the clock may advance by default. */
    public static final Duration DEFAULT_MAX_ADVANCE = Duration.ofDays(30);

    private SyncTest() {}

    /**
     * Runs {@code body} in a new bubble with seed 0 and the default cap, and returns when every
     * goroutine of the bubble has finished.
     *
     * @throws AssertionError on deadlock, leaked goroutines or a runaway clock, with a dump
     * @go {@code synctest.Test(t, f)}
     */
    public static void run(Goroutine body) {
        run(0, DEFAULT_MAX_ADVANCE, body);
    }

    /**
     * Runs {@code body} in a new bubble whose selects draw from {@code seed} and whose clock may
     * advance at most {@code maxAdvance}.
     *
     * @throws AssertionError on deadlock, leaked goroutines or a runaway clock, with a dump; or
     *         wrapping a checked exception that escaped a goroutine of the bubble
     * @throws RuntimeException the first unchecked exception that escaped a goroutine of the bubble
     * @go {@code synctest.Test(t, f)}
     */
    public static void run(long seed, Duration maxAdvance, Goroutine body) {
        Objects.requireNonNull(body, "body");
        Bubble bubble = new Bubble(seed, Objects.requireNonNull(maxAdvance, "maxAdvance"));
        try {
            bubble.run(body);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new AssertionError("a goroutine of the bubble threw " + checked, checked);
        }
    }

    /**
     * Blocks until every other goroutine of the current bubble is durably blocked. Call it, then
     * assert on state that the other goroutines have settled.
     *
     * @throws IllegalStateException if the current thread is not in a bubble
     * @go {@code synctest.Wait()}
     */
    public static void await() {
        Bubble bubble = Bubble.current();
        if (bubble == null) {
            throw new IllegalStateException("synctest: Wait called from outside a bubble");
        }
        bubble.awaitQuiescence();
    }
}
