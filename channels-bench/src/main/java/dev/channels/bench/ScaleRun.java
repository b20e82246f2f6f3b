package dev.channels.bench;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.SendOnClosedChannelException;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scale figures, measured by running it, not asserted: 1,000,000 parked goroutines, a 100,000-node
 * context tree cancelled from its root, 10,000,000 selects with a timeout, 100,000 senders failed
 * by one close. Prints one line per scenario with its time and heap.
 *
 * <p>Each scenario checks its invariant and throws {@link IllegalStateException} when it fails:
 * every goroutine released and joined, every context node done, every select ended by its
 * timeout, every sender failed with "send on closed channel". {@code ScaleRunTest} runs all four
 * scaled down by 100 in CI; the times are not asserted anywhere.
 *
 * <pre>
 * ./mvnj -q -DskipTests -pl channels-bench -am package
 * java -Xmx4g -cp channels-bench/target/classes:$(cat channels-bench/target/classpath.txt) dev.channels.bench.ScaleRun
 * </pre>
 */
public final class ScaleRun {
    private ScaleRun() {}

    /** Runs every scenario; an argument N divides every size by N. */
    public static void main(String[] args) throws InterruptedException {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 1).forEach(System.out::println);
    }

    /** Runs every scenario with its sizes divided by {@code scale}; one line per scenario. */
    public static List<String> run(int scale) throws InterruptedException {
        return List.of(
                parkedGoroutines(1_000_000 / scale),
                contextTree(100_000 / scale),
                selectsWithTimeout(10_000_000 / scale),
                sendersFailedByClose(100_000 / scale));
    }

    private static void check(boolean invariant, String what) {
        if (!invariant) {
            throw new IllegalStateException("scale invariant broken: " + what);
        }
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String parkedGoroutines(int n) {
        long heapBefore = MemoryRun.usedHeapAfterGc();
        long start = System.nanoTime();
        ParkedGoroutines goroutines = ParkedGoroutines.park(n);
        long started = System.nanoTime();
        long heapParked = MemoryRun.usedHeapAfterGc();
        int woken = goroutines.releaseAll();
        long joined = System.nanoTime();
        check(woken == n, woken + " of " + n + " parked goroutines released");
        return String.format("%,d goroutines parked on their own channels: start+park %d ms, release and join %d ms, heap while parked %s (%d bytes per goroutine)",
                n, (started - start) / 1_000_000, (joined - started) / 1_000_000,
                mib(heapParked - heapBefore), (heapParked - heapBefore) / n);
    }

    private static String contextTree(int n) {
        long start = System.nanoTime();
        CancelContext root = Context.withCancel(Context.background());
        List<Context> nodes = new ArrayList<>(n);
        nodes.add(root);
        for (int i = 1; i < n; i++) {
            Context parent = nodes.get((i - 1) / 10); // ten children a node
            nodes.add(Context.withCancel(parent));
        }
        long built = System.nanoTime();
        long heap = MemoryRun.usedHeapAfterGc();
        root.cancel();
        long cancelled = System.nanoTime();
        long done = nodes.stream().filter(c -> c.done().tryReceive().isPresent() && c.err() != null).count();
        check(done == n, done + " of " + n + " context nodes done");
        return String.format("context tree of %,d nodes: build %d ms, cancel from the root %d ms, %,d done, heap %s",
                n, (built - start) / 1_000_000, (cancelled - built) / 1_000_000, done, mib(heap));
    }

    private static String selectsWithTimeout(int n) {
        Channel<Integer> never = Channel.make();
        var timeout = onTimeout(Duration.ofNanos(1), () -> { });
        var receive = onReceive(never);
        long heapBefore = 0;
        long timedOut = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (select(receive, timeout) == timeout) {
                timedOut++;
            }
            if (i == n / 10) {
                heapBefore = MemoryRun.usedHeapAfterGc();
            }
        }
        long end = System.nanoTime();
        long heapAfter = MemoryRun.usedHeapAfterGc();
        check(timedOut == n, timedOut + " of " + n + " selects ended by their timeout");
        check(((dev.channels.internal.ChannelCore<?>) never).queuedReceivers() == 0, "a finished select left a waiter in the channel");
        return String.format("%,d selects with a timeout on a never-ready channel: %d ms (%d ns each), heap %s after 10%% and %s at the end",
                n, (end - start) / 1_000_000, (end - start) / n, mib(heapBefore), mib(heapAfter));
    }

    private static String sendersFailedByClose(int n) throws InterruptedException {
        Channel<Integer> ch = Channel.make();
        var failed = new AtomicInteger();
        var started = new AtomicInteger();
        List<Thread> senders = new ArrayList<>(n);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int v = i;
            senders.add(go(() -> {
                started.incrementAndGet();
                try {
                    ch.send(v);
                } catch (SendOnClosedChannelException expected) {
                    failed.incrementAndGet();
                }
            }));
        }
        while (started.get() < n || ((dev.channels.internal.ChannelCore<?>) ch).queuedSenders() < n) {
            Thread.onSpinWait();
        }
        long parked = System.nanoTime();
        long heapParked = MemoryRun.usedHeapAfterGc();
        ch.close();
        for (Thread t : senders) {
            t.join();
        }
        long end = System.nanoTime();
        check(failed.get() == n, failed.get() + " of " + n + " senders got \"send on closed channel\"");
        return String.format("%,d senders parked on one channel, then closed: park %d ms, close+join %d ms, heap while parked %s, %,d got \"send on closed channel\"",
                n, (parked - start) / 1_000_000, (end - parked) / 1_000_000, mib(heapParked), failed.get());
    }
}
