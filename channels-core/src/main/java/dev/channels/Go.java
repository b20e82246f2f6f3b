package dev.channels;

import dev.channels.internal.Bubble;
import dev.channels.internal.Goroutines;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Go's {@code go} statement: runs a function concurrently on a new virtual thread.
 *
 * {@snippet :
 * import static dev.channels.Go.go;
 *
 * go(() -> results.send(process(item)));
 * }
 *
 * <p>An exception that escapes a goroutine is never silent: it is logged through SLF4J (logger
 * {@code dev.channels.Go}) at ERROR with the goroutine's name and stack trace. By default the
 * process goes on, as Java's threads do; with the system property
 * {@code dev.channels.panic=exit} the process then exits with status 2, as a Go program does
 * on an unrecovered panic. Inside a {@code SyncTest} bubble, the exception is instead rethrown
 * by {@code SyncTest.run}, failing the test. See {@code docs/adr/0002-goroutine-panics.md}.
 *
 * @go {@code go f()}
 */
public final class Go {
    /** The system property that chooses what an escaped exception does: {@code log} or {@code exit}. */
    public static final String PANIC_PROPERTY = "dev.channels.panic";

    private static final Logger LOG = LoggerFactory.getLogger(Go.class);

    static {
        String watchdog = System.getProperty(dev.channels.runtime.DeadlockWatchdog.PROPERTY);
        if (watchdog != null && !watchdog.isBlank()) {
            Goroutines.onFirstStart(() -> dev.channels.runtime.DeadlockWatchdog.start(
                    dev.channels.runtime.DeadlockWatchdog.parsePeriod(watchdog)));
        }
    }

    private Go() {}

    /**
     * Starts {@code body} on a new virtual thread named {@code goroutine-N}, and returns at once.
     *
     * @param body what the goroutine runs
     * @return the goroutine's thread, for code that wants to join or interrupt it (Go has no
     *         such handle; most code ignores it)
     * @go {@code go func() { body }()}
     */
    public static Thread go(Goroutine body) {
        Objects.requireNonNull(body, "body");
        return Goroutines.start(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                panicked(t);
            }
        });
    }

    private static void panicked(Throwable t) {
        Bubble bubble = Bubble.current();
        if (bubble != null && bubble.recordFailure(t)) {
            return; // SyncTest.run rethrows it to the test
        }
        String name = Thread.currentThread().getName();
        LOG.error("panic in {}: {}", name, t.toString(), t);
        if ("exit".equals(System.getProperty(PANIC_PROPERTY))) {
            LOG.error("exit status 2 ({}={})", PANIC_PROPERTY, "exit");
            System.exit(2);
        }
    }
}
