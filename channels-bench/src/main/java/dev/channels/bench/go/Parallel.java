package dev.channels.bench.go;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Go's {@code b.RunParallel}: {@link #GOMAXPROCS} goroutines (virtual threads) share {@code n}
 * iterations, each claiming them from one counter in grains, as {@code testing.PB} does; every
 * goroutine runs its own {@code body} (made per goroutine, so per-goroutine state such as Go's
 * {@code myc := make(...)} inside the closure stays per goroutine).
 */
public final class Parallel {
    /** What {@code runtime.GOMAXPROCS(0)} returns on the machine: its processor count. */
    public static final int GOMAXPROCS = Runtime.getRuntime().availableProcessors();
    /** Iterations claimed at once; Go's testing.PB claims up to 10,000 (fewer for slow bodies). */
    private static final long GRAIN = 100;

    private Parallel() {}

    /** The loop condition of a parallel body: {@code for pb.Next() { ... }}. */
    public static final class PB {
        private final AtomicLong remaining;
        private long cache;

        PB(AtomicLong remaining) {
            this.remaining = remaining;
        }

        /** Go's {@code pb.Next()}. */
        public boolean next() {
            if (cache == 0) {
                long claimed = remaining.getAndAdd(-GRAIN);
                if (claimed <= 0) {
                    return false;
                }
                cache = Math.min(GRAIN, claimed);
            }
            cache--;
            return true;
        }
    }

    /** One goroutine's body: runs {@code for pb.Next() { ... }}. */
    @FunctionalInterface
    public interface Body {
        void run(PB pb) throws Exception;
    }

    /** Runs {@code n} iterations of {@code body} across {@link #GOMAXPROCS} goroutines and waits for all. */
    public static void run(long n, java.util.function.Supplier<Body> body) throws InterruptedException {
        AtomicLong remaining = new AtomicLong(n);
        List<Thread> goroutines = new ArrayList<>();
        for (int p = 0; p < GOMAXPROCS; p++) {
            Body b = body.get();
            goroutines.add(Thread.ofVirtual().start(() -> {
                try {
                    b.run(new PB(remaining));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread g : goroutines) {
            g.join();
        }
    }
}
