package dev.channels.time;

import dev.channels.ReceiveChannel;
import java.time.Duration;
import java.time.Instant;

/**
 * Delivers the time on {@link #c()} every period. A receiver slower than the period loses ticks:
 * the channel holds at most one, and the next tick is the next multiple of the period.
 *
 * <p>Go 1.23 semantics: after {@link #stop()} or {@link #reset} returns, no stale tick is
 * received, and an unreferenced ticker is garbage collected even if never stopped.
 *
 * @go {@code *time.Ticker} (Go 1.23+)
 */
public final class Ticker implements AutoCloseable {
    private final TimerCore core;

    Ticker(TimerCore core) {
        this.core = core;
    }

    /**
     * The channel on which ticks are delivered.
     *
     * @go {@code ticker.C}
     */
    public ReceiveChannel<Instant> c() {
        return core.channel();
    }

    /**
     * Turns the ticker off: no more ticks, and none that was pending is received. Does not close
     * the channel.
     *
     * @go {@code ticker.Stop()}
     */
    public void stop() {
        core.stop();
    }

    /**
     * Stops the ticker and restarts it with period {@code d}; the next tick comes after {@code d}.
     *
     * @throws IllegalArgumentException if {@code d} is not positive ("non-positive interval for
     *         Ticker.Reset", Go's panic)
     * @go {@code ticker.Reset(d)}
     */
    public void reset(Duration d) {
        long nanos = Time.positiveNanos(d, "non-positive interval for Ticker.Reset");
        core.reset(nanos, nanos);
    }

    /**
     * Stops the ticker, as {@link #stop()} does: {@code try (var t = ...)} is the Java spelling of
     * {@code defer t.Stop()}.
     *
     * @go {@code defer t.Stop()}
     */
    @Override
    public void close() {
        stop();
    }
}
