package dev.channels.internal;

import java.time.Duration;

/** Duration arithmetic that never overflows. Not part of the public API. */
public final class Durations {
    /** About 146 years: long enough to mean "never" and short enough to add to nanoTime safely. */
    private static final long FOREVER_NANOS = Long.MAX_VALUE / 2;
    private static final Duration FOREVER = Duration.ofNanos(FOREVER_NANOS);
    private static final Duration MINUS_FOREVER = Duration.ofNanos(-FOREVER_NANOS);

    private Durations() {}

    /** {@code duration} in nanoseconds, clamped to [Long.MIN_VALUE / 2, Long.MAX_VALUE / 2]. */
    public static long toNanosSaturated(Duration duration) {
        if (duration.compareTo(FOREVER) > 0) {
            return FOREVER_NANOS;
        }
        if (duration.compareTo(MINUS_FOREVER) < 0) {
            return -FOREVER_NANOS;
        }
        return duration.toNanos();
    }
}
