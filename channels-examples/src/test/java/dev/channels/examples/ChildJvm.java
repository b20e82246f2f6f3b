package dev.channels.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a child JVM with the test class path, for lessons that handle signals. */
final class ChildJvm {
    record Result(int exitCode, String stdout) {}

    private ChildJvm() {}

    static Result run(List<String> jvmOptions, Class<?> main, String... args) {
        try {
            Process child = start(jvmOptions, main, args);
            byte[] out = child.getInputStream().readAllBytes();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child JVM did not exit");
            return new Result(child.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Process start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
