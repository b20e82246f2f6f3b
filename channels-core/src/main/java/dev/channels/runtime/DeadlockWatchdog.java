package dev.channels.runtime;

import dev.channels.Go;
import dev.channels.internal.Diagnostics;
import dev.channels.internal.Goroutines;
import dev.channels.internal.Waiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opt-in watchdog that reports Go's {@code fatal error: all goroutines are asleep - deadlock!}
 * for programs outside a {@code SyncTest} bubble.
 *
 * <p>Every period it looks at every goroutine started with {@code go(...)}, plus the threads it was
 * told to watch (by default the thread that started it, usually {@code main}). When all of them are
 * parked in the library with no deadline, the same waits as at the previous look, and no timer of
 * the library is pending, it reports once: an ERROR through SLF4J (logger
 * {@code dev.channels.runtime.DeadlockWatchdog}) with a goroutine dump, or the callback given. With
 * {@code -Ddev.channels.panic=exit}, the process then exits with status 2, as Go's does.
 *
 * <p>Start it from {@code main}, or with {@code -Ddev.channels.deadlock.watchdog=500ms} (or an ISO
 * duration such as {@code PT1S}), which starts it on the first {@code go(...)}, watching that
 * thread.
 *
 * <p><b>Cost.</b> Off by default: then nothing is spent. When on: one daemon platform thread that
 * wakes once per period and reads each live goroutine's park blocker, O(goroutines) per period;
 * the channel operations themselves do no extra work. A program with 100,000 parked goroutines
 * and a one-second period spends a few milliseconds a second.
 *
 * <p>Limits: a thread that is neither a goroutine nor watched (a platform thread of a pool, an
 * I/O thread) is not known to the watchdog; if it could still wake the goroutines, a report may
 * be wrong. Go knows all its goroutines; the JVM's threads are not all ours.
 *
 * @go the runtime's deadlock detection ({@code fatal error: all goroutines are asleep - deadlock!})
 */
public final class DeadlockWatchdog implements AutoCloseable {
    /** The system property that starts a watchdog on the first {@code go(...)}; its value is the period. */
    public static final String PROPERTY = "dev.channels.deadlock.watchdog";

    private static final Logger LOG = LoggerFactory.getLogger(DeadlockWatchdog.class);

    private final Duration period;
    private final List<Thread> watched;
    private final Consumer<String> onDeadlock;
    private final Thread thread;
    private volatile boolean closed;
    private Set<Waiter> previous = Set.of();
    private Set<Waiter> reported = Set.of();

    private DeadlockWatchdog(Duration period, List<Thread> watched, Consumer<String> onDeadlock) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("watchdog period must be positive, not " + period);
        }
        this.period = period;
        this.watched = List.copyOf(watched);
        this.onDeadlock = onDeadlock;
        this.thread = new Thread(this::loop, "channels-deadlock-watchdog");
        this.thread.setDaemon(true);
    }

    /**
     * Starts a watchdog that watches every goroutine and the calling thread, and logs a deadlock.
     *
     * @go none: Go's runtime always detects deadlocks
     */
    public static DeadlockWatchdog start(Duration period) {
        return start(period, List.of(Thread.currentThread()), DeadlockWatchdog::logAndMaybeExit);
    }

    /**
     * Starts a watchdog that watches every goroutine and {@code watched}, and hands each deadlock
     * report (Go's first line, a blank line, then the dump) to {@code onDeadlock}.
     *
     * @go none
     */
    public static DeadlockWatchdog start(Duration period, List<Thread> watched, Consumer<String> onDeadlock) {
        DeadlockWatchdog watchdog = new DeadlockWatchdog(Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(watched, "watched"), Objects.requireNonNull(onDeadlock, "onDeadlock"));
        watchdog.thread.start();
        return watchdog;
    }

    /**
     * Parses a period as the property gives it: {@code 500ms}, {@code 2s}, or an ISO-8601 duration.
     *
     * @throws IllegalArgumentException if the text is none of these
     * @go none
     */
    public static Duration parsePeriod(String value) {
        try {
            return parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(PROPERTY + ": not a period: \"" + value + "\" (use 500ms, 2s or PT1S)", e);
        }
    }

    private static Duration parse(String value) {
        String v = value.trim().toLowerCase();
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("s") && !v.startsWith("pt")) {
            return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        return Duration.parse(value.trim());
    }

    private static void logAndMaybeExit(String report) {
        LOG.error("{}", report);
        if ("exit".equals(System.getProperty(Go.PANIC_PROPERTY))) {
            System.exit(2);
        }
    }

    /**
     * Stops the watchdog.
     *
     * @go none: Go's runtime check cannot be stopped
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private void loop() {
        while (!closed) {
            try {
                Thread.sleep(period); // the watchdog's own period: it waits for time, not for another thread
            } catch (InterruptedException e) {
                return;
            }
            check();
        }
    }

    private void check() {
        List<Thread> universe = new ArrayList<>(Goroutines.live());
        for (Thread t : watched) {
            if (t.isAlive()) {
                universe.add(t);
            }
        }
        if (universe.isEmpty()) {
            previous = Set.of();
            return;
        }
        Set<Waiter> waits = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Thread t : universe) {
            Waiter w = Diagnostics.untimedWaiter(t);
            if (w == null) {
                previous = Set.of(); // someone can still run
                return;
            }
            waits.add(w);
        }
        boolean stable = waits.equals(previous) && Diagnostics.pendingSystemTimers() == 0;
        previous = waits;
        if (stable && !waits.equals(reported)) {
            reported = waits;
            onDeadlock.accept("all goroutines are asleep - deadlock!\n\n" + Diagnostics.dump(universe));
        }
    }
}
