package dev.channels.exercises.challenges.configs;

import dev.channels.context.Context;
import java.nio.file.Path;

/**
 * Validates one config file and returns the port it configures, giving up when its context is done.
 *
 * @go {@code func(ctx context.Context, file string) (int, error)}
 */
@FunctionalInterface
public interface PortReader {
    /** The port {@code file} configures; throws why the file is invalid, or the context's error. */
    int port(Context ctx, Path file) throws Exception;
}
