package dev.channels.time;

import dev.channels.Channel;
import dev.channels.Goroutine;
import dev.channels.OperationInterruptedException;
import dev.channels.ReceiveChannel;
import dev.channels.internal.Clock;
import dev.channels.internal.Durations;
import dev.channels.internal.Waiter;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Go's {@code time} package: sleeping, timers and tickers, with Go 1.23 semantics.
 *
 * <p>Durations are {@link Duration}s and times are {@link Instant}s. All time comes from one
 * clock, which a test harness can replace with a fake one.
 *
 * @go {@code import "time"}
 */
public final class Time {
    private Time() {}

    /**
     * Returns a channel that receives the current time once, after {@code d}. Equivalent to
     * {@code newTimer(d).c()}; the timer is collected if the channel is dropped.
     *
     * @go {@code time.After(d)}
     */
    public static ReceiveChannel<Instant> after(Duration d) {
        return newTimer(d).c();
    }

    /**
     * Returns a channel that receives the time every {@code d}; the nil channel if {@code d} is not
     * positive, as in Go. The ticker cannot be stopped, but is collected once the channel is no
     * longer referenced.
     *
     * @go {@code time.Tick(d)}
     */
    public static ReceiveChannel<Instant> tick(Duration d) {
        long nanos = Durations.toNanosSaturated(Objects.requireNonNull(d, "d"));
        if (nanos <= 0) {
            return Channel.nil();
        }
        return new Ticker(TimerCore.channelTimer(nanos, nanos)).c();
    }

    /**
     * Blocks the current thread for at least {@code d}; returns at once if {@code d} is not
     * positive.
     *
     * @throws OperationInterruptedException if the thread is interrupted; the interrupt status
     *         stays set
     * @go {@code time.Sleep(d)}
     */
    public static void sleep(Duration d) {
        long nanos = Durations.toNanosSaturated(Objects.requireNonNull(d, "d"));
        if (nanos <= 0) {
            return;
        }
        Clock clock = Clock.current();
        Waiter waiter = new Waiter(Waiter.Operation.SLEEP, d);
        if (waiter.awaitUntil(clock, clock.nanoTime() + nanos) == Waiter.INTERRUPTED) {
            throw new OperationInterruptedException(Waiter.Operation.SLEEP.goName());
        }
    }

    /**
     * Creates a timer that sends the current time on its channel after {@code d}.
     *
     * @go {@code time.NewTimer(d)}
     */
    public static Timer newTimer(Duration d) {
        return new Timer(TimerCore.channelTimer(Durations.toNanosSaturated(Objects.requireNonNull(d, "d")), 0));
    }

    /**
     * Runs {@code f} in a new goroutine after {@code d}. {@link Timer#stop()} before then cancels
     * it; the timer's channel is the nil channel.
     *
     * @go {@code time.AfterFunc(d, f)}
     */
    public static Timer afterFunc(Duration d, Goroutine f) {
        Objects.requireNonNull(f, "f");
        return new Timer(TimerCore.funcTimer(Durations.toNanosSaturated(Objects.requireNonNull(d, "d")), f));
    }

    /**
     * Creates a ticker that sends the time on its channel every {@code d}.
     *
     * @throws IllegalArgumentException if {@code d} is not positive ("non-positive interval for
     *         NewTicker", Go's panic)
     * @go {@code time.NewTicker(d)}
     */
    public static Ticker newTicker(Duration d) {
        long nanos = positiveNanos(d, "non-positive interval for NewTicker");
        return new Ticker(TimerCore.channelTimer(nanos, nanos));
    }

    /**
     * The current time, from the library's clock (a fake clock under test).
     *
     * @go {@code time.Now()}
     */
    public static Instant now() {
        return Clock.current().now();
    }

    static long positiveNanos(Duration d, String panicMessage) {
        long nanos = Durations.toNanosSaturated(Objects.requireNonNull(d, "d"));
        if (nanos <= 0) {
            throw new IllegalArgumentException(panicMessage);
        }
        return nanos;
    }
}
