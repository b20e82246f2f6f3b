package dev.channels.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** notifyContext, with real signals sent to a child JVM. */
@Timeout(120)
class SignalsTest {

    /** A child JVM that gets SIGTERM finishes its in-flight request within the drain deadline and exits 0. */
    @Test
    void sigtermDrainsInFlightWorkAndExitsZero() throws Exception {
        Child child = Child.start("300", "10000");
        child.awaitLine("ready");
        child.process.toHandle().destroy(); // SIGTERM on Linux and macOS; Process.destroy() would also close our pipes
        assertEquals(0, child.exitCode());
        assertEquals(List.of("ready", "shutting down... (context canceled)", "in-flight request finished", "exit 0"), child.lines());
    }

    /** SIGINT (Ctrl-C) is handled the same way. */
    @Test
    void sigintIsHandledToo() throws Exception {
        Child child = Child.start("0", "10000");
        child.awaitLine("ready");
        new ProcessBuilder("kill", "-INT", Long.toString(child.process.pid())).start().waitFor();
        assertEquals(0, child.exitCode());
        assertTrue(child.lines().contains("in-flight request finished"), child.lines().toString());
    }

    /** Work longer than the drain deadline is cut off by it: the program still exits 0, on time. */
    @Test
    void drainDeadlineBoundsTheShutdown() throws Exception {
        Child child = Child.start("60000", "300");
        child.awaitLine("ready");
        child.process.toHandle().destroy();
        assertEquals(0, child.exitCode());
        assertTrue(child.lines().contains("drain deadline passed: context deadline exceeded"), child.lines().toString());
    }

    /** After stop(), the JVM's default handling is back: SIGTERM ends the child with status 143. */
    @Test
    void stopRestoresDefaultHandling() throws Exception {
        Child child = Child.start("0", "0", "stop-first");
        child.awaitLine("ready");
        child.process.toHandle().destroy();
        assertEquals(143, child.exitCode());
    }

    /** stop() cancels the context; the parent's cancellation reaches it too. */
    @Test
    void contextFollowsStopAndParent() {
        SignalContext ctx = Signals.notifyContext(Context.background(), Signal.SIGUSR2);
        assertFalse(ctx.done().tryReceive().isPresent());
        ctx.stop();
        assertSame(Context.CANCELED, ctx.err());
        CancelContext parent = Context.withCancel(Context.background());
        try (SignalContext child = Signals.notifyContext(parent)) {
            parent.cancel();
            assertSame(Context.CANCELED, child.err());
        }
    }

    /** A child JVM running ShutdownDemo, with its output collected line by line. */
    private static final class Child {
        final Process process;
        private final List<String> lines = new ArrayList<>();
        private final BufferedReader reader;

        private Child(Process process) {
            this.process = process;
            this.reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Child start(String... args) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), ShutdownDemo.class.getName()));
            command.addAll(List.of(args));
            return new Child(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }

        void awaitLine(String expected) throws IOException {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
                if (line.equals(expected)) {
                    return;
                }
            }
            throw new AssertionError("child ended before printing " + expected + ": " + lines);
        }

        int exitCode() throws Exception {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child did not exit");
            return process.exitValue();
        }

        List<String> lines() {
            return lines;
        }
    }
}
