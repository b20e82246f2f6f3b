package dev.channels.bench.go;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The smoke pass CI runs: every benchmark method of {@link RuntimeChanBenchmark} once, which runs
 * its Go shape at full b.N (a fraction of a second each). Proves each one finishes; measures nothing.
 */
class RuntimeChanShapesTest {

    @Test
    @Timeout(300)
    void everyBenchmarkRunsOnce() throws Exception {
        RuntimeChanBenchmark benchmark = new RuntimeChanBenchmark();
        List<Method> methods = Arrays.stream(RuntimeChanBenchmark.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class))
                .toList();
        for (Method m : methods) {
            long start = System.nanoTime();
            if (m.getParameterCount() == 0) {
                m.invoke(benchmark);
            } else {
                RuntimeChanBenchmark.ClosedChannel state = new RuntimeChanBenchmark.ClosedChannel();
                state.fill();
                m.invoke(benchmark, state);
                assertEquals(0, state.ch.length(), "drained");
            }
            System.out.printf("smoke %s: %d ms%n", m.getName(), (System.nanoTime() - start) / 1_000_000);
        }
        assertEquals(28, methods.size(), "benchmarks in RuntimeChanBenchmark");
    }
}
