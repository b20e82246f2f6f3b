package dev.channels.exercises.challenges.download;

import dev.channels.context.Context;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Challenge download, variant 2: transient failures are retried, permanent ones stop everything. */
public interface RetryingApi {
    /**
     * As {@link RateLimitedApi#downloadAll}, without a limiter, and a 5xx answer is retried: up to
     * {@code attempts} tries in all, waiting {@code backoff} before the second and twice as long
     * before each next one. A 4xx answer, or a 5xx on the last try, is an error naming the
     * artifact, which cancels the rest.
     */
    Throwable downloadAll(Context ctx, URI base, List<String> names, Path dir, int attempts, Duration backoff, PrintStream progress);
}
