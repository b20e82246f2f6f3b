package dev.channels.bench.go;

import dev.channels.time.Timer;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Go's {@code time} benchmarks After, Stop, Reset, Ticker and TickerReset, same names and shapes
 * (see {@link TimeShapes}): Go's garbage timers stay pending for the whole trial, and one op is
 * {@code bench(1000)}, a thousand timer operations, as Go reports it. Each runs
 * {@link InGoroutine}, as Go's benchmark functions run in a goroutine.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TimeBenchmark {
    static final int N_FIRING = 20;
    static final int N = 200;
    List<Timer> garbage;

    @Setup(Level.Trial)
    public void makeGarbage() throws InterruptedException {
        garbage = TimeShapes.garbage();
    }

    @TearDown(Level.Trial)
    public void stopGarbage() {
        TimeShapes.stopAll(garbage);
    }

    @Benchmark
    @OperationsPerInvocation(N_FIRING)
    public void After() throws InterruptedException {
        InGoroutine.run(() -> TimeShapes.after(N_FIRING));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void Stop() throws InterruptedException {
        InGoroutine.run(() -> TimeShapes.stop(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void Reset() throws InterruptedException {
        InGoroutine.run(() -> TimeShapes.reset(N));
    }

    @Benchmark
    @OperationsPerInvocation(N_FIRING)
    public void Ticker() throws InterruptedException {
        InGoroutine.run(() -> TimeShapes.ticker(N_FIRING));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void TickerReset() throws InterruptedException {
        InGoroutine.run(() -> TimeShapes.tickerReset(N));
    }
}
