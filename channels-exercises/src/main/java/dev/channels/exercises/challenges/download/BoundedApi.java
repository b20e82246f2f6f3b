package dev.channels.exercises.challenges.download;

import dev.channels.context.Context;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** Challenge download, variant 3: a bound on downloads at once, and a clean stop when cancelled. */
public interface BoundedApi {
    /**
     * As {@link RateLimitedApi#downloadAll}, without a limiter, and at most {@code parallel}
     * downloads at once. Cancelling {@code ctx} stops every download at once, keeps the artifacts
     * already saved, and still ends the progress bar's line.
     */
    Throwable downloadAll(Context ctx, URI base, List<String> names, Path dir, int parallel, PrintStream progress);
}
