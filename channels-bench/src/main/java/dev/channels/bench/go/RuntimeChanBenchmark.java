package dev.channels.bench.go;

import dev.channels.Channel;
import dev.channels.Empty;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Go's {@code runtime/chan_test.go} benchmarks, same names and shapes (see
 * {@link RuntimeChanShapes}), plus JDK baselines named {@code <Go name>_<JDK class>} and the
 * park/unpark floor. Each invocation runs the shape with Go's {@code b.N} = the method's
 * operations per invocation, so JMH's ns/op is wall time ÷ b.N, as Go reports it. Each runs
 * {@link InGoroutine}, as Go's benchmark functions run in a goroutine.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RuntimeChanBenchmark {
    static final int N = 100_000;
    static final int N_SLOW = 2_000;
    static final int N_POPULAR = 20;

    @Benchmark
    @OperationsPerInvocation(N)
    public void MakeChan() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.makeChan(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanNonblocking() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanNonblocking(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void SelectUncontended() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.selectUncontended(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void SelectSyncContended() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.selectSyncContended(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void SelectAsyncContended() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.selectAsyncContended(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void SelectNonblock() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.selectNonblock(N));
    }

    @Benchmark
    @OperationsPerInvocation(N_SLOW)
    public void ChanUncontended() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanUncontended(N_SLOW));
    }

    @Benchmark
    @OperationsPerInvocation(N_SLOW)
    public void ChanContended() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanContended(N_SLOW));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanSync() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanSync(N, 0, () -> Pipe.channel(0)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanSync_SynchronousQueue() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanSync(N, 0, Pipe::synchronousQueue));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanSync_ParkUnparkFloor() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanSyncParkUnparkFloor(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanSyncWork() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanSync(N, 1000, () -> Pipe.channel(0)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdCons0() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 0, () -> Pipe.channel(0)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdCons0_SynchronousQueue() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 0, Pipe::synchronousQueue));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdCons10() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 0, () -> Pipe.channel(10)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdCons10_ArrayBlockingQueue() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 0, () -> Pipe.arrayBlockingQueue(10)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdCons100() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 0, () -> Pipe.channel(100)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdCons100_ArrayBlockingQueue() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 0, () -> Pipe.arrayBlockingQueue(100)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdCons100_LinkedTransferQueue() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 0, Pipe::linkedTransferQueue));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdConsWork0() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 100, () -> Pipe.channel(0)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdConsWork10() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 100, () -> Pipe.channel(10)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanProdConsWork100() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanProdCons(N, 100, () -> Pipe.channel(100)));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void SelectProdCons() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.selectProdCons(N));
    }

    /** A closed channel holding N values, filled before each invocation: Go fills it before b.ResetTimer. */
    @State(Scope.Thread)
    public static class ClosedChannel {
        Channel<Empty> ch;

        @Setup(Level.Invocation)
        public void fill() {
            ch = RuntimeChanShapes.filledClosedChannel(N);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ReceiveDataFromClosedChan(ClosedChannel state) throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.receiveDataFromClosedChan(state.ch));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanCreation() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanCreation(N));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanSem() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanSem(N));
    }

    @Benchmark
    @OperationsPerInvocation(N_POPULAR)
    public void ChanPopular() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanPopular(N_POPULAR));
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void ChanClosed() throws InterruptedException {
        InGoroutine.run(() -> RuntimeChanShapes.chanClosed(N));
    }
}
