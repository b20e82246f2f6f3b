package dev.channels.examples;

import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.sync.WaitGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 01: Fan-Out / Fan-In. Lines between the "region lesson" markers align one-to-one with
 * {@code src/main/go/01-fan-out/main.go}. Go's {@code defer} becomes try-with-resources or
 * try/finally; where Go's {@code }()} closes one block, the Java line closes two.
 */
public final class L01FanOut {
    /** What process makes of one item: a server's health. */
    record Result(String item, String status) {
        @Override
        public String toString() {
            return item + ": " + status;
        }
    }

    static Result process(String item) {
        if (item.startsWith("db")) {
            return new Result(item, "degraded");
        }
        return new Result(item, "ok");
    }

    // region lesson
    // Fan-out: launch N workers reading from the same input channel
    static List<ReceiveChannel<Result>> fanOut(ReceiveChannel<String> input, int workers) {
        List<ReceiveChannel<Result>> channels = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) {
            channels.add(worker(input));
        }
        return channels;
    }

    static ReceiveChannel<Result> worker(ReceiveChannel<String> input) {
        Channel<Result> out = Channel.make();
        go(() -> {
            try (out) { // defer close(out)
            for (String item : input) {
                out.send(process(item));
            }
        } });
        return out;
    }

    // Fan-in: merge multiple result channels into one
    static ReceiveChannel<Result> fanIn(List<ReceiveChannel<Result>> channels) {
        var wg = new WaitGroup();
        Channel<Result> merged = Channel.make();

        for (var ch : channels) {
            wg.add(1);
            go(() -> { ReceiveChannel<Result> c = ch;
                try { // defer wg.Done()
                for (Result val : c) {
                    merged.send(val);
                }
            } finally { wg.done(); } });
        }

        go(() -> {
            wg.await();
            merged.close();
        });
        return merged;
    }

    // endregion lesson

    public static void main(String[] args) {
        Channel<String> input = Channel.make();
        go(() -> {
            try (input) {
                for (String server : List.of("db-1", "db-2", "cache-1", "queue-1", "api-1", "api-2")) {
                    input.send(server);
                }
            }
        });
        for (Result r : fanIn(fanOut(input, 3))) {
            Fmt.println(r);
        }
    }
}
