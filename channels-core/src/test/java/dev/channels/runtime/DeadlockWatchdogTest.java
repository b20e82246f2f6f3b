package dev.channels.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The opt-in watchdog reports Go's deadlock, with the goroutines and channels involved. */
@Timeout(60)
class DeadlockWatchdogTest {

    /** A deadlocked program is reported, naming its goroutines and channels, and exits 2 under panic=exit. */
    @Test
    void deadlockIsReportedAndExitsTwo() throws Exception {
        Result r = runChild("-Ddev.channels.deadlock.watchdog=100ms", "-Ddev.channels.panic=exit");
        assertEquals(2, r.exitCode, r.output);
        assertTrue(r.output.contains("all goroutines are asleep - deadlock!"), r.output);
        assertTrue(r.output.contains("thread \"main\" [chan send]:\n    on chan \"jobs\" (len 2, cap 2)"), r.output);
        assertTrue(r.output.contains("[chan send]:\n    on chan \"results\" (len 2, cap 2)"), r.output);
        assertTrue(r.output.contains("[sync.WaitGroup.Wait]:"), r.output);
    }

    /** A program that finishes is never reported. */
    @Test
    void healthyProgramIsNotReported() throws Exception {
        Result r = runChild("-Ddev.channels.deadlock.watchdog=50ms", "-Ddev.channels.panic=exit", "--", "fixed");
        assertEquals(0, r.exitCode, r.output);
        assertFalse(r.output.contains("deadlock"), r.output);
        assertTrue(r.output.contains("done"), r.output);
    }

    /** Periods are parsed from the property's forms; nonsense is rejected naming the property. */
    @Test
    void periodsParse() {
        assertEquals(Duration.ofMillis(500), DeadlockWatchdog.parsePeriod("500ms"));
        assertEquals(Duration.ofSeconds(2), DeadlockWatchdog.parsePeriod("2s"));
        assertEquals(Duration.ofSeconds(1), DeadlockWatchdog.parsePeriod("PT1S"));
        var e = assertThrows(IllegalArgumentException.class, () -> DeadlockWatchdog.parsePeriod("soon"));
        assertTrue(e.getMessage().contains(DeadlockWatchdog.PROPERTY));
        assertThrows(IllegalArgumentException.class, () -> DeadlockWatchdog.start(Duration.ZERO));
    }

    private record Result(int exitCode, String output) {}

    private static Result runChild(String... options) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        List<String> programArgs = new ArrayList<>();
        boolean afterSeparator = false;
        for (String o : options) {
            if (o.equals("--")) {
                afterSeparator = true;
            } else if (afterSeparator) {
                programArgs.add(o);
            } else {
                command.add(o);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DeadlockDemo.class.getName()));
        command.addAll(programArgs);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = child.getInputStream().readAllBytes();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        return new Result(child.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
