package dev.channels;

import static dev.channels.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.channels.internal.Goroutines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** go(...): virtual threads with Go-like names, and exceptions that are never silent. */
@Timeout(60)
class GoTest {

    /** A goroutine runs on a new virtual thread named goroutine-N. */
    @Test
    void runsOnANamedVirtualThread() {
        Channel<Thread> self = Channel.make();
        Thread returned = go(() -> self.send(Thread.currentThread()));
        Thread inside = self.receive();
        assertEquals(returned, inside);
        assertTrue(inside.isVirtual());
        assertTrue(inside.getName().matches("goroutine-\\d+"), inside.getName());
    }

    /** A goroutine's body may block in the library's operations and throw, without try/catch. */
    @Test
    void bodyMayBlockAndThrowWithoutTryCatch() throws Exception {
        Channel<Integer> ch = Channel.make();
        Thread t = go(() -> {
            ch.send(1);
            dev.channels.time.Time.sleep(java.time.Duration.ofMillis(1));
            if (ch.receive() == 2) {
                throw new IOException("checked exceptions are allowed too");
            }
        });
        assertEquals(1, ch.receive());
        ch.send(3);
        t.join();
    }

    /** A live goroutine is listed until it ends. */
    @Test
    void liveGoroutinesAreListed() throws Exception {
        Channel<Integer> release = Channel.make();
        Thread t = go(release::receive);
        assertTrue(Goroutines.live().contains(t));
        release.send(1);
        t.join();
        assertTrue(!Goroutines.live().contains(t));
    }

    /** An exception escaping a goroutine is logged at ERROR with the goroutine's name and stack. */
    @Test
    void escapedExceptionIsLoggedWithNameAndStack() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(Go.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            Thread t = go(() -> {
                throw new IllegalStateException("boom");
            });
            t.join();
            List<ILoggingEvent> events = appender.list;
            assertEquals(1, events.size());
            ILoggingEvent event = events.get(0);
            assertEquals(Level.ERROR, event.getLevel());
            assertTrue(event.getFormattedMessage().contains(t.getName()), event.getFormattedMessage());
            assertTrue(event.getFormattedMessage().contains("boom"), event.getFormattedMessage());
            assertNotNull(event.getThrowableProxy(), "stack trace attached");
            assertEquals("boom", event.getThrowableProxy().getMessage());
        } finally {
            logger.detachAppender(appender);
        }
    }

    /** With -Ddev.channels.panic=exit, an escaped exception ends the process with status 2, as a Go panic does. */
    @Test
    void panicExitEndsTheProcessWithStatus2() throws Exception {
        assertEquals(2, runChild("exit"));
    }

    /** By default the process goes on after a goroutine's exception. */
    @Test
    void byDefaultTheProcessGoesOn() throws Exception {
        assertEquals(0, runChild("log"));
    }

    private static int runChild(String policy) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-D" + Go.PANIC_PROPERTY + "=" + policy,
                "-cp", System.getProperty("java.class.path"), PanickingMain.class.getName())
                .redirectErrorStream(true)
                .start();
        byte[] output = child.getInputStream().readAllBytes();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        String text = new String(output, StandardCharsets.UTF_8);
        assertTrue(text.contains("panic in goroutine-"), text);
        return child.exitValue();
    }

    /** A program whose goroutine panics, then waits for it to end. */
    public static final class PanickingMain {
        public static void main(String[] args) throws InterruptedException {
            Thread t = go(() -> {
                throw new IllegalStateException("boom");
            });
            t.join();
            System.exit(0);
        }
    }
}
