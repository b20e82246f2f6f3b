package dev.channels.exercises.challenges.configs;

import dev.channels.context.Context;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Challenge validate-configs, variant 2: a time limit for each file, and the first error stops the rest. */
public interface ValidateTimeoutApi {
    /**
     * As {@link ValidatePoolApi#validateAll}, and no file's validation may take longer than
     * {@code perFile} from when it starts: one that does fails with an error naming the file,
     * caused by the context's {@code DeadlineExceeded}, which stops the rest like any other error.
     */
    Throwable validateAll(Context ctx, List<Path> files, int workers, Duration perFile, Validator validator);
}
