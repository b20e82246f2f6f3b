package dev.channels.exercises.challenges.configs;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.context.Context;
import dev.channels.time.Time;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The validator the requirements hand to the learner's code, run inside a SyncTest bubble: each
 * validation takes a chosen time (1 s unless a file is named otherwise), gives up with the
 * context's error when the context is done first, then checks the file's {@code port=} line. It
 * records which files were started, the most validations running at once, and how many were
 * cancelled.
 */
final class SlowValidator implements Validator, PortReader {
    private final Map<Path, Duration> slowFiles;
    final Set<Path> started = ConcurrentHashMap.newKeySet();
    final AtomicInteger peak = new AtomicInteger();
    final AtomicInteger cancelled = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    SlowValidator(Map<Path, Duration> slowFiles) {
        this.slowFiles = slowFiles;
    }

    SlowValidator() {
        this(Map.of());
    }

    @Override
    public void validate(Context ctx, Path file) throws Exception {
        port(ctx, file);
    }

    @Override
    public int port(Context ctx, Path file) throws Exception {
        if (!started.add(file)) {
            throw new AssertionError(file.getFileName() + " was validated twice");
        }
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            boolean[] done = {false};
            select(onReceive(ctx.done(), d -> done[0] = true),
                   onReceive(Time.after(slowFiles.getOrDefault(file, Duration.ofSeconds(1)))));
            if (done[0]) {
                cancelled.incrementAndGet();
                throw ctx.err();
            }
            String port = Files.readAllLines(file).stream().filter(l -> l.startsWith("port=")).findFirst().orElse("port=").substring(5);
            try {
                int p = Integer.parseInt(port);
                if (p < 1 || p > 65535) {
                    throw new IllegalArgumentException(file.getFileName() + ": port out of range: " + p);
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file.getFileName() + ": port is not a number: " + port);
            }
        } finally {
            running.decrementAndGet();
        }
    }
}
