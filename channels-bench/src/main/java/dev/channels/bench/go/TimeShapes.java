package dev.channels.bench.go;

import static dev.channels.Go.go;

import dev.channels.sync.WaitGroup;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import dev.channels.time.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The benchmarks of Go's {@code time/sleep_test.go} and {@code time/tick_test.go} named in the
 * issue, written as the Go is. Go runs each through {@code benchmark(b, bench)}: first
 * {@value #GARBAGE_PER_P} one-hour AfterFunc timers per P stay pending (see {@link #garbage}), then
 * {@code b.RunParallel} calls {@code bench(1000)} b.N times. So one op is 1,000 timer operations,
 * as in Go's ns/op.
 */
public final class TimeShapes {
    /** Go's {@code 1<<15} garbage timers made on each P before measuring. */
    public static final int GARBAGE_PER_P = 1 << 15;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration NANOSECOND = Duration.ofNanos(1);

    private TimeShapes() {}

    /** Go's garbage timers: {@link #GARBAGE_PER_P} pending one-hour AfterFuncs per P. Stop them with {@link #stopAll}. */
    public static List<Timer> garbage() throws InterruptedException {
        List<List<Timer>> garbageAll = new ArrayList<>();
        WaitGroup wg = new WaitGroup();
        for (int p = 0; p < Parallel.GOMAXPROCS; p++) {
            List<Timer> garbage = new ArrayList<>(GARBAGE_PER_P);
            garbageAll.add(garbage);
            wg.add(1);
            go(() -> {
                try {
                    for (int j = 0; j < GARBAGE_PER_P; j++) {
                        garbage.add(Time.afterFunc(HOUR, () -> {}));
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        return garbageAll.stream().flatMap(List::stream).toList();
    }

    /** Stops every timer. */
    public static void stopAll(List<Timer> timers) {
        timers.forEach(Timer::stop);
    }

    /** Go's {@code b.RunParallel(func(pb) { for pb.Next() { bench(1000) } })}. */
    private static void benchmark(long n, IntConsumer bench) throws InterruptedException {
        Parallel.run(n, () -> pb -> {
            while (pb.next()) {
                bench.accept(1000);
            }
        });
    }

    /** BenchmarkAfter: {@code <-After(1)}, a one-nanosecond timer's channel received. */
    public static void after(long n) throws InterruptedException {
        benchmark(n, count -> {
            for (int i = 0; i < count; i++) {
                Time.after(NANOSECOND).receive();
            }
        });
    }

    /** BenchmarkStop: {@code NewTimer(1 * Second).Stop()}. */
    public static void stop(long n) throws InterruptedException {
        benchmark(n, count -> {
            for (int i = 0; i < count; i++) {
                Time.newTimer(Duration.ofSeconds(1)).stop();
            }
        });
    }

    /** BenchmarkReset: one one-hour timer reset to an hour {@code n} times, then stopped. */
    public static void reset(long n) throws InterruptedException {
        benchmark(n, count -> {
            Timer t = Time.newTimer(HOUR);
            for (int i = 0; i < count; i++) {
                t.reset(HOUR);
            }
            t.stop();
        });
    }

    /** BenchmarkTicker: a one-nanosecond ticker's channel received {@code n} times. */
    public static void ticker(long n) throws InterruptedException {
        benchmark(n, count -> {
            Ticker ticker = Time.newTicker(NANOSECOND);
            for (int i = 0; i < count; i++) {
                ticker.c().receive();
            }
            ticker.stop();
        });
    }

    /** BenchmarkTickerReset: a one-nanosecond ticker reset to two nanoseconds {@code n} times. */
    public static void tickerReset(long n) throws InterruptedException {
        benchmark(n, count -> {
            Ticker ticker = Time.newTicker(NANOSECOND);
            for (int i = 0; i < count; i++) {
                ticker.reset(NANOSECOND.multipliedBy(2));
            }
            ticker.stop();
        });
    }
}
