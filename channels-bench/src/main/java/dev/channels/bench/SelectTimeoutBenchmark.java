package dev.channels.bench;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;

import dev.channels.Channel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A select with a receive case on a never-ready channel and a timeout that has already expired
 * (fires without parking), and one of 1 µs (parks, times out, unlinks its node): the cost of the
 * lesson's "timeout" pattern when nothing arrives. No timer or thread is created per select.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SelectTimeoutBenchmark {
    private final Channel<Integer> never = Channel.make();

    /** The timeout is already due: poll, then fire the timeout case. */
    @Benchmark
    public Object expiredTimeout() {
        return select(onReceive(never), onTimeout(Duration.ZERO, () -> { }));
    }

    /** A 1 µs timeout: enqueue, park with a deadline, time out, unlink. */
    @Benchmark
    public Object oneMicrosecondTimeout() {
        return select(onReceive(never), onTimeout(Duration.ofNanos(1_000), () -> { }));
    }
}
