package dev.channels.bench.go;

import dev.channels.context.CancelFunc;
import dev.channels.context.Context;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Go's {@code context/benchmark_test.go}, same names and shapes (see {@link ContextShapes}). Go's
 * sub-benchmarks are JMH parameters: {@code CancelTree/depth=10/Root=OpenCanceler} is
 * {@code CancelTree} with {@code depth=10, root=OpenCanceler}. Each runs {@link InGoroutine}, as
 * Go's benchmark functions run in a goroutine. ns/op is wall time ÷ b.N, as in Go.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ContextBenchmark {
    static final int N = 100_000;
    static final int N_TIMEOUT = 10_000;
    static final int N_TREE = 1_000;
    static final int N_GOROUTINE = 10_000;

    /** BenchmarkWithTimeout's sub-benchmarks: contexts kept pending while it measures. */
    @State(Scope.Benchmark)
    public static class Concurrent {
        @Param({"40", "4000", "400000"})
        public int concurrency;
        List<CancelFunc> pending;

        @Setup(Level.Trial)
        public void start() throws InterruptedException {
            pending = ContextShapes.concurrentTimeouts(concurrency);
        }

        @TearDown(Level.Trial)
        public void stop() {
            ContextShapes.cancelAll(pending);
        }
    }

    /** BenchmarkCancelTree's sub-benchmarks. */
    @State(Scope.Benchmark)
    public static class Tree {
        @Param({"1", "10", "100", "1000"})
        public int depth;
        @Param
        public ContextShapes.Root root;
    }

    /** BenchmarkCheckCanceled's sub-benchmarks, on one cancelled context. */
    @State(Scope.Benchmark)
    public static class Check {
        @Param({"Err", "Done"})
        public String sub;
        Context ctx = ContextShapes.canceled();
    }

    /** BenchmarkDeepValue*'s sub-benchmarks. */
    @State(Scope.Benchmark)
    public static class Deep {
        @Param({"10", "20", "30", "50", "100"})
        public int depth;
        Context ctx;

        @Setup(Level.Trial)
        public void build() {
            ctx = ContextShapes.deepValues(depth);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void CommonParentCancel() throws InterruptedException {
        InGoroutine.run(() -> ContextShapes.commonParentCancel(N));
    }

    @Benchmark
    @OperationsPerInvocation(N_TIMEOUT)
    public void WithTimeout(Concurrent concurrent) throws InterruptedException {
        InGoroutine.run(() -> ContextShapes.withTimeout(N_TIMEOUT));
    }

    @Benchmark
    @OperationsPerInvocation(N_TREE)
    public void CancelTree(Tree tree) throws InterruptedException {
        InGoroutine.run(() -> ContextShapes.cancelTree(N_TREE, tree.depth, tree.root));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void CheckCanceled(Check check) throws InterruptedException {
        if (check.sub.equals("Err")) {
            InGoroutine.run(() -> ContextShapes.checkCanceledErr(N, check.ctx));
        } else {
            InGoroutine.run(() -> ContextShapes.checkCanceledDone(N, check.ctx));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ContextCancelDone() throws InterruptedException {
        InGoroutine.run(() -> ContextShapes.contextCancelDone(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void DeepValueSameGoRoutine(Deep deep) throws InterruptedException {
        InGoroutine.run(() -> ContextShapes.deepValueSameGoRoutine(N, deep.ctx));
    }

    @Benchmark
    @OperationsPerInvocation(N_GOROUTINE)
    public void DeepValueNewGoRoutine(Deep deep) throws InterruptedException {
        InGoroutine.run(() -> ContextShapes.deepValueNewGoRoutine(N_GOROUTINE, deep.ctx));
    }
}
