package dev.channels.exercises.challenges.configs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Config files for one requirement, in a temporary folder deleted on close: {@code service-01.conf}
 * to {@code service-NN.conf}, each {@code name=service-NN} and {@code port=80NN} unless the
 * requirement chooses another port line for some of them.
 */
final class ConfigFiles implements AutoCloseable {
    private final Path dir;
    final List<Path> files = new ArrayList<>();

    /** {@code count} files; {@code ports} maps a file's number (from 1) to its port line's value. */
    ConfigFiles(int count, Map<Integer, String> ports) throws IOException {
        dir = Files.createTempDirectory("configs");
        for (int i = 1; i <= count; i++) {
            String name = String.format("service-%02d", i);
            Path file = dir.resolve(name + ".conf");
            Files.writeString(file, "name=" + name + "\nport=" + ports.getOrDefault(i, String.valueOf(8000 + i)) + "\n");
            files.add(file);
        }
    }

    /** The file numbered {@code i}, from 1. */
    Path file(int i) {
        return files.get(i - 1);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
