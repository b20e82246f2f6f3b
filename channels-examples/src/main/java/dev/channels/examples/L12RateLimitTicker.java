package dev.channels.examples;

import static dev.channels.Go.go;

import dev.channels.sync.WaitGroup;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Lesson 12: Rate Limiting, time.Ticker. Lines between the "region lesson" markers align
 * one-to-one with {@code src/main/go/12-rate-limit-ticker/main.go}. Go's {@code defer
 * limiter.Stop()} is try-with-resources.
 */
public final class L12RateLimitTicker {
    private static Instant start;
    private static final WaitGroup wg = new WaitGroup();

    static void process(String item) {
        try {
            Fmt.printf("%s at %dms\n", item, Duration.between(start, Time.now()).toMillis() / 100 * 100);
        } finally {
            wg.done();
        }
    }

    public static void main(String[] args) {
        start = Time.now();
        List<String> items = List.of("a", "b", "c", "d", "e");
        wg.add(items.size());
        // region lesson
        // Process at most 10 items per second
        try (Ticker limiter = Time.newTicker(Duration.ofMillis(100))) { // 1 tick per 100ms = 10/sec
            // defer limiter.Stop(): leaving this block stops it

            for (String item : items) {
                limiter.c().receive(); // wait for next tick
                go(() -> process(item));
            }
            // endregion lesson
        }
        wg.await();
    }
}
