package dev.channels.exercises.challenges.download;

import dev.channels.exercises.challenges.LoopbackServer;
import dev.channels.exercises.challenges.TempFolder;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One requirement's artifacts: {@code app-01.tar} to {@code app-NN.tar} served by a loopback
 * server under {@code /artifacts/}, and a temporary folder to download them into; both go on close.
 */
final class Artifacts implements AutoCloseable {
    final List<String> names = new ArrayList<>();
    final LoopbackServer server;
    private final TempFolder folder;
    final Path dir;

    /** {@code count} artifacts, each answered after {@code latency.apply(name)} as {@code answers} says. */
    Artifacts(int count, Function<String, Duration> latency, LoopbackServer.Answers answers) throws IOException {
        for (int i = 1; i <= count; i++) {
            names.add(String.format("app-%02d.tar", i));
        }
        server = LoopbackServer.start(path -> latency.apply(name(path)), answers, path -> body(name(path)));
        folder = new TempFolder("artifacts");
        dir = folder.path;
    }

    /** {@code count} artifacts, all answered after {@code latency} as {@code answers} says. */
    Artifacts(int count, Duration latency, LoopbackServer.Answers answers) throws IOException {
        this(count, name -> latency, answers);
    }

    /** The address the names resolve against. */
    URI base() {
        return server.uri("/artifacts/");
    }

    /** How many times {@code name} was asked for. */
    int requests(String name) {
        return server.requests("/artifacts/" + name);
    }

    /** The names of the files in the download folder, sorted. */
    List<String> saved() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Whether {@code name} was saved with the bytes the server sent. */
    boolean savedWhole(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.exists(file) && Arrays.equals(Files.readAllBytes(file), body(name));
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static byte[] body(String name) {
        return ("contents of " + name + "\n").repeat(400).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.close();
        folder.close();
    }
}
