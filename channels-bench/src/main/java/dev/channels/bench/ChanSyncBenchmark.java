package dev.channels.bench;

import dev.channels.Channel;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ping-pong over unbuffered channels between two virtual threads, after Go's
 * {@code BenchmarkChanSync} (runtime/chan_test.go): each operation is one handoff. Baselines: the
 * JDK's {@code SynchronousQueue}, and the floor, a bare {@code LockSupport.park/unpark} handoff.
 *
 * <p>Each invocation starts two virtual threads that exchange {@value #HANDOFFS} values and
 * joins them; ns/op is wall time divided by handoffs, as Go computes it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChanSyncBenchmark {
    static final int HANDOFFS = 20_000;

    /** Two virtual threads ping-pong through two unbuffered channels. */
    @Benchmark
    @OperationsPerInvocation(HANDOFFS)
    public void channel() throws InterruptedException {
        Channel<Integer> ping = Channel.make();
        Channel<Integer> pong = Channel.make();
        Integer ball = 1;
        Thread partner = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < HANDOFFS / 2; i++) {
                pong.send(ping.receive());
            }
        });
        Thread.ofVirtual().start(() -> {
            for (int i = 0; i < HANDOFFS / 2; i++) {
                ping.send(ball);
                pong.receive();
            }
        }).join();
        partner.join();
    }

    /** The same with the JDK's SynchronousQueue. */
    @Benchmark
    @OperationsPerInvocation(HANDOFFS)
    public void synchronousQueue() throws InterruptedException {
        SynchronousQueue<Integer> ping = new SynchronousQueue<>();
        SynchronousQueue<Integer> pong = new SynchronousQueue<>();
        Integer ball = 1;
        Thread partner = Thread.ofVirtual().start(() -> {
            try {
                for (int i = 0; i < HANDOFFS / 2; i++) {
                    pong.put(ping.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.ofVirtual().start(() -> {
            try {
                for (int i = 0; i < HANDOFFS / 2; i++) {
                    ping.put(ball);
                    pong.take();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).join();
        partner.join();
    }

    /** The floor: two virtual threads taking turns with park/unpark and a volatile turn flag. */
    @Benchmark
    @OperationsPerInvocation(HANDOFFS)
    public void parkUnpark() throws InterruptedException {
        Turn turn = new Turn();
        Thread[] threads = new Thread[2];
        for (int side = 0; side < 2; side++) {
            int me = side;
            threads[side] = Thread.ofVirtual().unstarted(() -> {
                for (int i = 0; i < HANDOFFS / 2; i++) {
                    while (turn.whose != me) {
                        LockSupport.park(turn);
                    }
                    turn.whose = 1 - me;
                    LockSupport.unpark(threads[1 - me]);
                }
            });
        }
        threads[0].start();
        threads[1].start();
        threads[0].join();
        threads[1].join();
    }

    static final class Turn {
        volatile int whose;
    }
}
