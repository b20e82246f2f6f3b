package dev.channels.time;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.internal.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A single event: after its duration, the timer sends the current time on {@link #c()}, or, for a
 * timer made by {@link Time#afterFunc}, runs its function in a new goroutine.
 *
 * <p>Go 1.23 semantics: after {@link #stop()} or {@link #reset} returns, no receive from
 * {@link #c()} gets a stale value from before the call; {@code c().capacity()} is 0; and a timer
 * that nothing references any more is garbage collected even if it was never stopped.
 *
 * @go {@code *time.Timer} (Go 1.23+)
 */
public final class Timer implements AutoCloseable {
    private final TimerCore core;

    Timer(TimerCore core) {
        this.core = core;
    }

    /**
     * The channel on which the timer delivers the time it fired; the nil channel for a timer made
     * by {@link Time#afterFunc}.
     *
     * @go {@code t.C}
     */
    public ReceiveChannel<Instant> c() {
        ReceiveChannel<Instant> channel = core.channel();
        return channel == null ? Channel.nil() : channel;
    }

    /**
     * Prevents the timer from firing.
     *
     * @return true if the call stopped the timer; false if it had already fired (and its value was
     *         received) or been stopped. For an {@code afterFunc} timer, false means the function
     *         has started or will start.
     * @go {@code t.Stop()} (Go 1.23+)
     */
    public boolean stop() {
        return core.stop();
    }

    /**
     * Makes the timer fire after {@code d} from now, discarding any pending firing. A zero or
     * negative {@code d} fires at once.
     *
     * @return true if the timer had been active, false if it had fired or been stopped
     * @go {@code t.Reset(d)} (Go 1.23+)
     */
    public boolean reset(Duration d) {
        Objects.requireNonNull(d, "d");
        return core.reset(Durations.toNanosSaturated(d), 0);
    }

    /**
     * Stops the timer, as {@link #stop()} does: {@code try (var t = ...)} is the Java spelling of
     * {@code defer t.Stop()}.
     *
     * @go {@code defer t.Stop()}
     */
    @Override
    public void close() {
        stop();
    }
}
