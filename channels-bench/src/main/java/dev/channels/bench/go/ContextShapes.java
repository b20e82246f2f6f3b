package dev.channels.bench.go;

import static dev.channels.Go.go;
import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.context.CancelContext;
import dev.channels.context.CancelFunc;
import dev.channels.context.Context;
import dev.channels.sync.WaitGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks of Go's {@code context/benchmark_test.go}, one method each, written as the Go is:
 * {@code n} is Go's {@code b.N}; the caller divides wall time by it. Sub-benchmarks
 * ({@code depth=10}, {@code Root=Background}, ...) are parameters.
 */
public final class ContextShapes {
    private static final Duration HOUR = Duration.ofHours(1);
    private static volatile int sink;

    private ContextShapes() {}

    /** Go's {@code x /= x + 1}, 100 times: the local work between WithCancel and cancel. */
    private static int work(int x) {
        for (int i = 0; i < 100; i++) {
            x /= x + 1;
        }
        return x;
    }

    /**
     * BenchmarkCommonParentCancel: in parallel, WithCancel under one shared cancellable parent,
     * Value through it, local work, cancel, local work.
     */
    public static void commonParentCancel(long n) throws InterruptedException {
        Context root = Context.withValue(Context.background(), "key", "value");
        CancelContext shared = Context.withCancel(root);
        try {
            Parallel.run(n, () -> pb -> {
                int x = sink;
                while (pb.next()) {
                    CancelContext ctx = Context.withCancel(shared);
                    if (!"value".equals(ctx.value("key"))) {
                        throw new AssertionError("should not be reached");
                    }
                    x = work(x);
                    ctx.cancel();
                    x = work(x);
                }
                sink = x;
            });
        } finally {
            shared.cancel();
        }
    }

    /**
     * The contexts BenchmarkWithTimeout keeps alive while it measures: {@code concurrency}
     * one-hour timeouts made by {@link Parallel#GOMAXPROCS} goroutines. Cancel them with
     * {@link #cancelAll}.
     */
    public static List<CancelFunc> concurrentTimeouts(int concurrency) throws InterruptedException {
        int perP = concurrency / Parallel.GOMAXPROCS;
        List<List<CancelFunc>> ccf = new ArrayList<>();
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < Parallel.GOMAXPROCS; i++) {
            List<CancelFunc> cf = new ArrayList<>(perP);
            ccf.add(cf);
            wg.add(1);
            go(() -> {
                try {
                    for (int j = 0; j < perP; j++) {
                        cf.add(Context.withTimeout(Context.background(), HOUR)::cancel);
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        return ccf.stream().flatMap(List::stream).toList();
    }

    /** Calls every cancel function. */
    public static void cancelAll(List<CancelFunc> cancels) {
        cancels.forEach(CancelFunc::cancel);
    }

    /** BenchmarkWithTimeout's timed loop: in parallel, ten one-hour WithTimeouts made then cancelled. */
    public static void withTimeout(long n) throws InterruptedException {
        Context root = Context.background();
        Parallel.run(n, () -> pb -> {
            CancelContext[] wcf = new CancelContext[10];
            while (pb.next()) {
                for (int i = 0; i < wcf.length; i++) {
                    wcf[i] = Context.withTimeout(root, HOUR);
                }
                for (CancelContext f : wcf) {
                    f.cancel();
                }
            }
        });
    }

    /** The roots of BenchmarkCancelTree. */
    public enum Root {
        /** {@code Root=Background}: the tree under Background. */
        Background,
        /** {@code Root=OpenCanceler}: under a WithCancel cancelled after the tree is built. */
        OpenCanceler,
        /** {@code Root=ClosedCanceler}: under a WithCancel cancelled before the tree is built. */
        ClosedCanceler
    }

    /** BenchmarkCancelTree/depth=D/Root=R: a chain of {@code depth} WithCancels under the root. */
    public static void cancelTree(long n, int depth, Root root) {
        for (long i = 0; i < n; i++) {
            switch (root) {
                case Background -> buildContextTree(Context.background(), depth);
                case OpenCanceler -> {
                    CancelContext ctx = Context.withCancel(Context.background());
                    buildContextTree(ctx, depth);
                    ctx.cancel();
                }
                case ClosedCanceler -> {
                    CancelContext ctx = Context.withCancel(Context.background());
                    ctx.cancel();
                    buildContextTree(ctx, depth);
                }
            }
        }
    }

    private static void buildContextTree(Context root, int depth) {
        for (int d = 0; d < depth; d++) {
            root = Context.withCancel(root);
        }
    }

    /** A cancelled context, as BenchmarkCheckCanceled prepares it. */
    public static Context canceled() {
        CancelContext ctx = Context.withCancel(Context.background());
        ctx.cancel();
        return ctx;
    }

    /** BenchmarkCheckCanceled/Err: {@code ctx.Err()} on a cancelled context. */
    public static void checkCanceledErr(long n, Context ctx) {
        long canceled = 0;
        for (long i = 0; i < n; i++) {
            if (ctx.err() != null) {
                canceled++;
            }
        }
        if (canceled != n) {
            throw new AssertionError("the context was not cancelled");
        }
    }

    /** BenchmarkCheckCanceled/Done: {@code select { case <-ctx.Done(): default: }} on a cancelled context. */
    public static void checkCanceledDone(long n, Context ctx) {
        for (long i = 0; i < n; i++) {
            select(onReceive(ctx.done()), onDefault());
        }
    }

    /** BenchmarkContextCancelDone: in parallel, the same select on a context not cancelled. */
    public static void contextCancelDone(long n) throws InterruptedException {
        CancelContext ctx = Context.withCancel(Context.background());
        try {
            Parallel.run(n, () -> pb -> {
                while (pb.next()) {
                    select(onReceive(ctx.done()), onDefault());
                }
            });
        } finally {
            ctx.cancel();
        }
    }

    /** The context of BenchmarkDeepValue*: {@code depth} WithValues, keys and values 0..depth-1. */
    public static Context deepValues(int depth) {
        Context ctx = Context.background();
        for (int i = 0; i < depth; i++) {
            ctx = Context.withValue(ctx, i, i);
        }
        return ctx;
    }

    /** BenchmarkDeepValueSameGoRoutine: {@code ctx.Value(-1)}, a key no level holds. */
    public static void deepValueSameGoRoutine(long n, Context ctx) {
        Integer missing = -1;
        for (long i = 0; i < n; i++) {
            if (ctx.value(missing) != null) {
                throw new AssertionError("found a key no level holds");
            }
        }
    }

    /** BenchmarkDeepValueNewGoRoutine: the same lookup in a new goroutine, waited for with a WaitGroup. */
    public static void deepValueNewGoRoutine(long n, Context ctx) {
        Integer missing = -1;
        for (long i = 0; i < n; i++) {
            WaitGroup wg = new WaitGroup();
            wg.add(1);
            go(() -> {
                try {
                    ctx.value(missing);
                } finally {
                    wg.done();
                }
            });
            wg.await();
        }
    }
}
