package dev.channels.bench;

import dev.channels.Channel;
import dev.channels.bench.go.InGoroutine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Memory figures, the same ones {@code channels-bench/src/main/go/memory} prints for Go: bytes
 * retained per empty channel (unbuffered, buffered 100), per buffered element, per goroutine parked
 * on its own channel, and the time and heap to start and release 1,000,000 such goroutines, with
 * the JDK's own floor for that release (virtual threads parked with LockSupport, no channel).
 * Prints {@code figure<TAB>value<TAB>unit} lines for {@code report.py}.
 *
 * <p>Bytes retained are the heap in use after a full GC with {@code count} objects alive, minus the
 * heap before, divided by {@code count}; with 100,000 objects the noise is below a byte each.
 * Run with {@code -Xmx4g}: {@code java -Xmx4g -cp ... dev.channels.bench.MemoryRun [scale]}.
 */
public final class MemoryRun {
    private static final int COUNT = 100_000;
    private static final int GOROUTINES = 1_000_000;

    private MemoryRun() {}

    /** Prints every figure; an argument N divides every count by N. */
    public static void main(String[] args) throws InterruptedException {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 1).forEach(System.out::println);
    }

    /**
     * Measures every figure with counts divided by {@code scale}; one TSV line per figure. Runs in
     * a goroutine, as Go's main does: a platform thread that starts and wakes a million virtual
     * threads pays the scheduler's external queue and a carrier wake-up for each.
     */
    public static List<String> run(int scale) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        InGoroutine.run(() -> measure(scale, lines));
        return lines;
    }

    private static void measure(int scale, List<String> lines) throws InterruptedException {
        int count = COUNT / scale;
        double unbuffered = retainedEach(count, i -> Channel.<Integer>make());
        double buffered = retainedEach(count, i -> Channel.<Integer>make(100));
        lines.add(line("empty unbuffered channel", unbuffered, "bytes"));
        lines.add(line("empty channel, buffer 100", buffered, "bytes"));
        lines.add(line("buffered element (slot, value shared)", bufferedElement(count), "bytes"));
        lines.add(line("goroutine parked on its own channel", parkedGoroutine(count), "bytes"));
        lines.addAll(millionGoroutines(GOROUTINES / scale));
        lines.add(jdkFloorRelease(GOROUTINES / scale));
    }

    private static String line(String figure, double value, String unit) {
        return String.format("%s\t%.0f\t%s", figure, value, unit);
    }

    /** Heap in use after three full GCs; ScaleRun measures with it too. */
    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Heap retained per object made by {@code make}, with {@code count} of them alive. */
    static double retainedEach(int count, IntFunction<Object> make) {
        Object[] keep = new Object[count];
        long before = usedHeapAfterGc();
        for (int i = 0; i < count; i++) {
            keep[i] = make.apply(i);
        }
        long after = usedHeapAfterGc();
        if (keep[count - 1] == null) {
            throw new IllegalStateException("nothing made");
        }
        return (after - before) / (double) count;
    }

    /**
     * What one more buffered value costs: a channel of capacity {@code count} filled with one
     * shared value, minus the same channel empty, per value. Zero when the buffer is allocated up
     * front, as Go's is.
     */
    private static double bufferedElement(int count) {
        Integer value = 7;
        Channel<Integer> ch = Channel.make(count);
        long empty = usedHeapAfterGc();
        for (int i = 0; i < count; i++) {
            ch.send(value);
        }
        long full = usedHeapAfterGc();
        if (ch.length() != count) {
            throw new IllegalStateException(ch.length() + " of " + count + " values buffered");
        }
        return (full - empty) / (double) count;
    }

    /** Heap per goroutine parked on a receive from its own unbuffered channel (the channel included). */
    private static double parkedGoroutine(int count) throws InterruptedException {
        long before = usedHeapAfterGc();
        ParkedGoroutines goroutines = ParkedGoroutines.park(count);
        long parked = usedHeapAfterGc();
        goroutines.releaseAll();
        return (parked - before) / (double) count;
    }

    private static List<String> millionGoroutines(int n) throws InterruptedException {
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        ParkedGoroutines goroutines = ParkedGoroutines.park(n);
        long started = System.nanoTime();
        long heap = usedHeapAfterGc() - before;
        long releaseStart = System.nanoTime();
        goroutines.releaseAll();
        long released = System.nanoTime();
        String what = String.format("%,d goroutines", n);
        return List.of(
                line(what + ": start, each parked on its own channel", (started - start) / 1e6, "ms"),
                line(what + ": heap while parked", heap / (1024.0 * 1024.0), "MiB"),
                line(what + ": release and join", (released - releaseStart) / 1e6, "ms"));
    }

    /**
     * The JDK's own cost for the same release, no channel involved: {@code n} virtual threads
     * parked with {@link LockSupport#park()}, each woken by {@link LockSupport#unpark}, joined.
     */
    private static String jdkFloorRelease(int n) throws InterruptedException {
        Thread[] threads = new Thread[n];
        AtomicBoolean[] released = new AtomicBoolean[n];
        AtomicInteger parked = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            AtomicBoolean mine = new AtomicBoolean();
            released[i] = mine;
            threads[i] = Thread.ofVirtual().start(() -> {
                parked.incrementAndGet();
                while (!mine.get()) {
                    LockSupport.park();
                }
                done.countDown();
            });
        }
        while (parked.get() < n) {
            Thread.onSpinWait(); // the measurement's own wait, as in ParkedGoroutines
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            released[i].set(true);
            LockSupport.unpark(threads[i]);
        }
        done.await();
        return line(String.format("%,d goroutines: release and join, JDK floor (LockSupport, no channel)", n),
                (System.nanoTime() - start) / 1e6, "ms");
    }
}
