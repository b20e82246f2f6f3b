package dev.channels.context;

import dev.channels.internal.Clock;
import dev.channels.internal.Durations;
import dev.channels.time.Time;
import dev.channels.time.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A cancellable context with a deadline, enforced by one timer on the library's clock. */
final class TimerCtx extends CancelCtx {
    /*
     * Go's timerCtx. The timer is an AfterFunc on the clock current when the
     * context is made; it cancels with DEADLINE_EXCEEDED (and the given
     * cause). Cancelling for any reason stops the timer, so a cancelled
     * context leaves nothing in the scheduler. A deadline later than the
     * parent's is not needed: withDeadline then returns a plain CancelCtx,
     * whose deadline() is the parent's (Go does the same).
     */

    private final Instant deadline;
    private volatile Timer timer; // null once stopped or never started

    private TimerCtx(Context parent, Instant deadline) {
        super(parent);
        this.deadline = deadline;
    }

    static Instant deadlineAfter(Duration timeout) {
        Clock clock = Clock.current();
        return clock.now().plusNanos(Durations.toNanosSaturated(timeout));
    }

    static CancelContext create(Context parent, Instant deadline, Throwable cause) {
        Objects.requireNonNull(parent, "cannot create context from nil parent");
        Objects.requireNonNull(deadline, "deadline");
        Optional<Instant> current = parent.deadline();
        if (current.isPresent() && current.get().isBefore(deadline)) {
            return CancelCtx.create(parent); // the current deadline is already sooner
        }
        TimerCtx ctx = new TimerCtx(parent, deadline);
        ctx.propagateCancel(parent);
        Duration remaining = Duration.between(Clock.current().now(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            ctx.cancel(true, Context.DEADLINE_EXCEEDED, cause); // the deadline has already passed
            return ctx;
        }
        Timer t = Time.afterFunc(remaining, () -> ctx.cancel(true, Context.DEADLINE_EXCEEDED, cause));
        ctx.timer = t;
        if (ctx.err() != null) {
            t.stop(); // cancelled (by the parent) while the timer was being made
        }
        return ctx;
    }

    @Override
    public Optional<Instant> deadline() {
        return Optional.of(deadline);
    }

    @Override
    void onCancelled() {
        Timer t = timer;
        if (t != null) {
            t.stop();
            timer = null;
        }
    }

    @Override
    public String toString() {
        return parent + ".WithDeadline(" + deadline + " [" + Duration.between(Clock.current().now(), deadline) + "])";
    }
}
