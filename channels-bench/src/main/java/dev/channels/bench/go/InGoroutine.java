package dev.channels.bench.go;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a benchmark function the way Go's testing package does: in a goroutine (here a virtual
 * thread), while the caller (JMH's platform thread) waits. It matters wherever the function itself
 * sends, receives or waits: a platform thread that wakes a virtual thread goes through the
 * scheduler's external queue and wakes a carrier each time, and a parked platform thread costs a
 * futex wake-up; Go's benchmark goroutine pays neither.
 */
public final class InGoroutine {
    /** A benchmark function body. */
    @FunctionalInterface
    public interface Function {
        void run() throws Exception;
    }

    private InGoroutine() {}

    /** Runs {@code function} in a new virtual thread and waits for it; rethrows what it threw. */
    public static void run(Function function) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread.ofVirtual().name("benchmark").start(() -> {
            try {
                function.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }).join();
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }
}
