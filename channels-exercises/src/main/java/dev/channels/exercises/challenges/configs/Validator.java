package dev.channels.exercises.challenges.configs;

import dev.channels.context.Context;
import java.nio.file.Path;

/**
 * Validates one config file, giving up when its context is done.
 *
 * @go {@code func(ctx context.Context, file string) error}
 */
@FunctionalInterface
public interface Validator {
    /** Returns when {@code file} is valid; throws why it is not, or the context's error. */
    void validate(Context ctx, Path file) throws Exception;
}
