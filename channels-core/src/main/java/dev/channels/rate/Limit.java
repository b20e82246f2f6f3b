package dev.channels.rate;

import java.time.Duration;

/**
 * The maximum frequency of some events, in events per second. A zero limit allows no events
 * beyond the burst; {@link #INF} allows every event, whatever the burst.
 *
 * @param perSecond events per second; not negative, not NaN
 * @go {@code rate.Limit}
 */
public record Limit(double perSecond) {

    /**
     * The infinite rate: every event is allowed, even with a burst of zero.
     *
     * @go {@code rate.Inf}
     */
    public static final Limit INF = new Limit(Double.MAX_VALUE);

    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if {@code perSecond} is negative or NaN
     * @go {@code rate.Limit(perSecond)}
     */
    public Limit {
        if (Double.isNaN(perSecond) || perSecond < 0) {
            throw new IllegalArgumentException("rate: limit must be a non-negative number of events per second, not " + perSecond);
        }
        if (Double.isInfinite(perSecond)) {
            perSecond = Double.MAX_VALUE;
        }
    }

    /**
     * A limit of {@code perSecond} events per second.
     *
     * @go {@code rate.Limit(perSecond)}
     */
    public static Limit of(double perSecond) {
        return new Limit(perSecond);
    }

    /**
     * The limit that allows one event every {@code interval}; {@link #INF} if the interval is
     * zero or negative.
     *
     * @go {@code rate.Every(interval)}
     */
    public static Limit every(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            return INF;
        }
        return new Limit(1e9 / interval.toNanos());
    }

    /**
     * Whether this is {@link #INF}.
     *
     * @go {@code l == rate.Inf}
     */
    public boolean isInf() {
        return perSecond == Double.MAX_VALUE;
    }

    /** Nanoseconds to accumulate {@code tokens} (negative for negative tokens); {@link Reservation#INF_DURATION_NANOS} for a zero limit, as Go's durationFromTokens. */
    long nanosFromTokens(double tokens) {
        if (perSecond <= 0) {
            return Reservation.INF_DURATION_NANOS;
        }
        return (long) (1e9 * tokens / perSecond); // the cast saturates at Long.MIN_VALUE and Long.MAX_VALUE
    }

    /** The tokens accumulated during {@code nanos} at this rate. */
    double tokensFromNanos(long nanos) {
        if (perSecond <= 0) {
            return 0;
        }
        return nanos / 1e9 * perSecond;
    }

    @Override
    public String toString() {
        return isInf() ? "Inf" : Double.toString(perSecond);
    }
}
