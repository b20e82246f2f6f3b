package dev.channels.exercises.challenges.download;

import dev.channels.context.Context;
import dev.channels.rate.Limiter;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** Challenge download, variant 1: all at once, paced by a rate limiter, with a progress bar. */
public interface RateLimitedApi {
    /**
     * Downloads {@code base.resolve(name)} into {@code dir.resolve(name)} for every name, all at
     * once but each request waiting for {@code limiter} first. Draws the progress bar on
     * {@code progress}: {@link ProgressBar#frame} for 0 done, then after each download finishes,
     * then a newline. Returns {@code null}, or the first error (a non-2xx answer is one, naming the
     * artifact), which cancels the rest; cancelling {@code ctx} stops everything and returns its error.
     */
    Throwable downloadAll(Context ctx, URI base, List<String> names, Path dir, Limiter limiter, PrintStream progress);
}
