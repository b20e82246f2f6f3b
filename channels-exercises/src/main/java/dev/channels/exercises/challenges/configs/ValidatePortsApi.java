package dev.channels.exercises.challenges.configs;

import dev.channels.context.Context;
import java.nio.file.Path;
import java.util.List;

/** Challenge validate-configs, variant 3: every file valid, and no two services on one port. */
public interface ValidatePortsApi {
    /**
     * Reads every file's port with {@code reader}, at most {@code workers} at a time. Returns
     * {@code null} when all files are valid and their ports distinct; otherwise the first error as
     * soon as it happens (the reader's, or two files with one port: a message naming both files and
     * the port), with the reads still running cancelled and the files not yet started left alone.
     */
    Throwable validateAll(Context ctx, List<Path> files, int workers, PortReader reader);
}
