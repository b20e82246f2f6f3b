package dev.channels.exercises.challenges;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for one requirement's files, deleted with everything in it on close. */
public final class TempFolder implements AutoCloseable {
    /** The folder. */
    public final Path path;

    /** A new empty folder under the system's temporary directory, its name starting with {@code prefix}. */
    public TempFolder(String prefix) throws IOException {
        path = Files.createTempDirectory(prefix);
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
