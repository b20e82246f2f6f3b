package dev.channels.exercises.warmups;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;
import static dev.channels.exercises.Requirement.require;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.Received;
import dev.channels.exercises.Exercise;
import dev.channels.exercises.Requirement;
import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The warm-up drills: one concept each. */
public final class WarmUps {
    private WarmUps() {}

    /** Waits at most {@code limit} (real time) for {@code value}; fails with {@code message} if it does not come. */
    private static <T> T within(Duration limit, ReceiveChannel<T> value, String message) {
        AtomicReference<T> got = new AtomicReference<>();
        var timeout = onTimeout(limit, () -> { });
        if (select(onReceive(value, got::set), timeout) == timeout) {
            throw new AssertionError(message);
        }
        return got.get();
    }

    /** close-fan-in. */
    public static Exercise<FanInApi> closeFanIn() {
        return new Exercise<>("close-fan-in", "warm-up",
                "Merge several channels into one (fan-in) and close the merged channel once every input is closed, "
                        + "so that a range over it ends.",
                FanInApi.class, "FanIn", 1, List.of(
                new Requirement<>("merge returns at once, before the inputs are closed",
                        "start the forwarding goroutines with go(...) and return the merged channel; do not wait in merge",
                        api -> {
                            List<Channel<Integer>> inputs = List.of(Channel.make(), Channel.make());
                            Channel<ReceiveChannel<Integer>> merged = Channel.make(1);
                            go(() -> merged.send(api.merge(new ArrayList<>(inputs))));
                            within(Duration.ofSeconds(1), merged, "merge did not return within 1 s while its inputs were open");
                            inputs.forEach(Channel::close);
                        }),
                new Requirement<>("every value of every input arrives exactly once",
                        "forward each input in its own goroutine: for (int v : input) merged.send(v)",
                        api -> {
                            List<ReceiveChannel<Integer>> inputs = filledAndClosed(3, 5);
                            ReceiveChannel<Integer> merged = api.merge(inputs);
                            List<Integer> got = new ArrayList<>();
                            for (int i = 0; i < 15; i++) {
                                got.add(within(Duration.ofSeconds(1), merged, "only " + got.size() + " of 15 values arrived"));
                            }
                            got.sort(null);
                            List<Integer> expected = new ArrayList<>();
                            for (int i = 0; i < 15; i++) {
                                expected.add(i);
                            }
                            require(got.equals(expected), "expected the values 0..14 once each, got " + got);
                        }),
                new Requirement<>("the merged channel is closed once every input is closed and drained",
                        "count the forwarders with a WaitGroup (wg.add(1) before go, wg.done() when an input ends); "
                                + "one more goroutine does wg.await() then merged.close()",
                        api -> {
                            ReceiveChannel<Integer> merged = api.merge(filledAndClosed(2, 2));
                            for (int i = 0; i < 4; i++) {
                                within(Duration.ofSeconds(1), merged, "a value did not arrive");
                            }
                            Channel<Received<Integer>> last = Channel.make(1);
                            go(() -> last.send(merged.receiveOk()));
                            Received<Integer> end = within(Duration.ofSeconds(1), last,
                                    "the merged channel was still open 1 s after every input was closed and drained: a range over it never ends");
                            require(!end.ok(), "a value arrived after the 4 expected: " + end.value());
                        })));
    }

    /** {@code inputs} closed channels holding {@code each} values; together 0 .. inputs*each-1. */
    private static List<ReceiveChannel<Integer>> filledAndClosed(int inputs, int each) {
        List<ReceiveChannel<Integer>> channels = new ArrayList<>();
        for (int c = 0; c < inputs; c++) {
            Channel<Integer> ch = Channel.make(each);
            for (int i = 0; i < each; i++) {
                ch.send(c * each + i);
            }
            ch.close();
            channels.add(ch);
        }
        return channels;
    }

    /** add-default. */
    public static Exercise<OfferApi> addDefault() {
        return new Exercise<>("add-default", "warm-up",
                "Send to a queue only if it has room now: a select with a default case, so a full queue drops the item "
                        + "instead of blocking the caller.",
                OfferApi.class, "Offer", 1, List.of(
                new Requirement<>("an item is sent when the queue has room",
                        "a select with onSend(queue, item) sends when there is room",
                        api -> {
                            Channel<String> queue = Channel.make(2);
                            require(api.offer(queue, "a"), "offer returned false with room in the queue");
                            require("a".equals(queue.tryReceive().map(Received::value).orElse(null)), "the item is not in the queue");
                        }),
                new Requirement<>("a full queue drops the item at once and says so",
                        "add onDefault(...) to the select: it runs when no other case is ready; return false from it",
                        api -> {
                            Channel<String> queue = Channel.make(1);
                            queue.send("first");
                            Channel<Boolean> result = Channel.make(1);
                            go(() -> result.send(api.offer(queue, "second")));
                            boolean sent = within(Duration.ofSeconds(1), result, "offer blocked on a full queue for 1 s");
                            require(!sent, "offer returned true, but the queue was full");
                            require(queue.length() == 1, "the full queue changed");
                        })));
    }

    /** add-timeout. */
    public static Exercise<TimeoutApi> addTimeout() {
        return new Exercise<>("add-timeout", "warm-up",
                "Wait for a result, but give up after a limit: a select with a receive case and a timeout case. "
                        + "Checked on a fake clock, so the limit is exact.",
                TimeoutApi.class, "Fetch", 1, List.of(
                new Requirement<>("a result that comes in time is returned when it comes",
                        "select(onReceive(result, ...), ...) returns as soon as the value arrives",
                        api -> SyncTest.run(() -> {
                            Instant start = Time.now();
                            Channel<String> result = Channel.make(1);
                            Time.afterFunc(Duration.ofMillis(100), () -> result.send("pods: 3"));
                            String got = api.fetch(result, Duration.ofSeconds(1));
                            require("pods: 3".equals(got), "expected \"pods: 3\", got " + got);
                            require(Time.now().equals(start.plusMillis(100)), "returned at " + Duration.between(start, Time.now()) + ", not when the value came (100 ms)");
                        })),
                new Requirement<>("with no result, \"timeout\" is returned exactly at the limit",
                        "add onTimeout(limit, () -> ...) to the select; it fires when nothing else did within the limit",
                        api -> {
                            try {
                                SyncTest.run(() -> {
                                    Instant start = Time.now();
                                    String got = api.fetch(Channel.make(), Duration.ofSeconds(2));
                                    require("timeout".equals(got), "expected \"timeout\", got " + got);
                                    require(Time.now().equals(start.plusSeconds(2)), "gave up after " + Duration.between(start, Time.now()) + ", not 2 s");
                                });
                            } catch (AssertionError e) {
                                throw e;
                            } catch (RuntimeException e) {
                                throw new AssertionError("fetch waited for ever for a result that never came (" + e.getMessage().lines().findFirst().orElse("") + ")");
                            }
                        })));
    }
}
