package dev.channels.bench.go;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The smoke pass CI runs for the context and time ports: every benchmark and every Go
 * sub-benchmark once, at full b.N (see {@link JmhSmoke}). The counts are Go's: 29 context
 * benchmarks and sub-benchmarks, 5 time benchmarks.
 */
class GoPortsSmokeTest {

    @Test
    @Timeout(300)
    void everyContextBenchmarkRunsOnce() throws Exception {
        List<String> runs = JmhSmoke.runAll(ContextBenchmark.class);
        runs.forEach(run -> System.out.println("smoke ContextBenchmark." + run));
        assertEquals(29, runs.size(), "CommonParentCancel, WithTimeout x3, CancelTree x12, CheckCanceled x2, ContextCancelDone, DeepValue* x10");
    }

    @Test
    @Timeout(300)
    void everyTimeBenchmarkRunsOnce() throws Exception {
        List<String> runs = JmhSmoke.runAll(TimeBenchmark.class);
        runs.forEach(run -> System.out.println("smoke TimeBenchmark." + run));
        assertEquals(5, runs.size(), "After, Stop, Reset, Ticker, TickerReset");
    }
}
