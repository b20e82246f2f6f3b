package dev.channels.exercises.challenges.configs;

import dev.channels.exercises.challenges.TempFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Config files for one requirement, in a temporary folder deleted on close: {@code service-01.conf}
 * to {@code service-NN.conf}, each {@code name=service-NN} and {@code port=80NN} unless the
 * requirement chooses another port line for some of them.
 */
final class ConfigFiles implements AutoCloseable {
    private final TempFolder dir;
    final List<Path> files = new ArrayList<>();

    /** {@code count} files; {@code ports} maps a file's number (from 1) to its port line's value. */
    ConfigFiles(int count, Map<Integer, String> ports) throws IOException {
        dir = new TempFolder("configs");
        for (int i = 1; i <= count; i++) {
            String name = String.format("service-%02d", i);
            Path file = dir.path.resolve(name + ".conf");
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
        dir.close();
    }
}
