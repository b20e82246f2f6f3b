package dev.channels.exercises.challenges.configs;

import dev.channels.context.Context;
import java.nio.file.Path;
import java.util.List;

/** Challenge validate-configs, variant 1: a worker pool, stopped by the first error. */
public interface ValidatePoolApi {
    /**
     * Validates every file with {@code validator}, at most {@code workers} at a time. Returns
     * {@code null} when all are valid; otherwise the first error, as soon as it happens, with the
     * validations still running cancelled and the files not yet started left alone. When
     * {@code ctx} is cancelled, stops the same way and returns the context's error.
     */
    Throwable validateAll(Context ctx, List<Path> files, int workers, Validator validator);
}
