package dev.channels.examples;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Case;
import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.context.Context;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import java.time.Duration;

/**
 * Lesson 08: Select & Multiplexing, Select in a Loop. Lines between the "region lesson" markers
 * align one-to-one with {@code src/main/go/08-select-loop/main.go}. Go's {@code return} inside the
 * {@code ctx.Done()} case becomes a test of the case that fired, which select returns.
 */
public final class L08SelectLoop {
    record Job(int id) {}

    private static int processed;

    static void process(Job job) {
        processed++;
        Fmt.println("processed job", job.id());
    }

    static void reportMetrics() {
        Fmt.println("metrics: processed", processed, "jobs");
    }

    static void run(Context ctx, ReceiveChannel<Job> jobs, Ticker ticker) {
        // region lesson
        for (;;) {
            Case fired = select(
                onReceive(jobs, job ->
                    process(job)),
                onReceive(ticker.c(), tick ->
                    reportMetrics()),
                onReceive(ctx.done(), closed ->
                    Fmt.println("shutting down")));
            if (fired instanceof Case.Receive<?> c && c.channel() == ctx.done()) return;
            // }
        }
        // endregion lesson
    }

    public static void main(String[] args) {
        processed = 0;
        try (var ctx = Context.withTimeout(Context.background(), Duration.ofMillis(2500));
             var ticker = Time.newTicker(Duration.ofSeconds(1))) {
            Channel<Job> jobs = Channel.make();
            go(() -> {
                for (int id = 1; id <= 3; id++) {
                    jobs.send(new Job(id));
                    Time.sleep(Duration.ofMillis(300));
                }
            });
            run(ctx, jobs, ticker);
        }
    }
}
