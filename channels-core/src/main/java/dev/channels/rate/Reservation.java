package dev.channels.rate;

import dev.channels.internal.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Events that a {@link Limiter} permits after a delay. A reservation may be cancelled, which may
 * let the limiter permit other events sooner.
 *
 * @go {@code *rate.Reservation}
 */
public final class Reservation {
    /** {@link #INF_DURATION} in nanoseconds. */
    static final long INF_DURATION_NANOS = Long.MAX_VALUE;

    /**
     * The delay of a reservation that is not {@link #ok()}.
     *
     * @go {@code rate.InfDuration}
     */
    public static final Duration INF_DURATION = Duration.ofNanos(INF_DURATION_NANOS);

    private final boolean ok;
    private final Limiter limiter;
    private final int tokens;
    private final long timeToActNanos; // on the limiter's time line
    private final Limit limit;         // the limit when the reservation was made

    Reservation(boolean ok, Limiter limiter, int tokens, long timeToActNanos, Limit limit) {
        this.ok = ok;
        this.limiter = limiter;
        this.tokens = tokens;
        this.timeToActNanos = timeToActNanos;
        this.limit = limit;
    }

    /**
     * Whether the limiter can provide the tokens requested within the maximum wait. If not,
     * {@link #delay()} is {@link #INF_DURATION} and {@link #cancel()} does nothing.
     *
     * @go {@code r.OK()}
     */
    public boolean ok() {
        return ok;
    }

    /**
     * How long the holder must wait before acting, from now; zero means act at once.
     *
     * @go {@code r.Delay()}
     */
    public Duration delay() {
        return delayFrom(Clock.current().now());
    }

    /**
     * How long the holder must wait before acting, from {@code t}.
     *
     * @go {@code r.DelayFrom(t)}
     */
    public Duration delayFrom(Instant t) {
        return Duration.ofNanos(delayFromNanos(limiter.nanosOf(t)));
    }

    long delayFromNanos(long tNanos) {
        if (!ok) {
            return INF_DURATION_NANOS;
        }
        return Math.max(0, timeToActNanos - tNanos);
    }

    /**
     * Gives the reserved tokens back, as far as reservations made since allow.
     *
     * @go {@code r.Cancel()}
     */
    public void cancel() {
        cancelAt(Clock.current().now());
    }

    /**
     * Gives the reserved tokens back as of {@code t}: the holder will not act.
     *
     * @go {@code r.CancelAt(t)}
     */
    public void cancelAt(Instant t) {
        if (ok) {
            limiter.cancelReservation(this, limiter.nanosOf(t));
        }
    }

    int tokens() {
        return tokens;
    }

    long timeToActNanos() {
        return timeToActNanos;
    }

    Limit limit() {
        return limit;
    }

    @Override
    public String toString() {
        return ok ? "Reservation[" + tokens + " tokens, act at +" + timeToActNanos + "ns]" : "Reservation[not ok]";
    }
}
