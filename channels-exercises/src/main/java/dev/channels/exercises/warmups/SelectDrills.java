package dev.channels.exercises.warmups;

import static dev.channels.Go.go;
import static dev.channels.Select.select;
import static dev.channels.exercises.Requirement.require;

import dev.channels.Channel;
import dev.channels.Received;
import dev.channels.exercises.Exercise;
import dev.channels.exercises.Requirement;
import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Drills about select: a default case, a timeout case. */
public final class SelectDrills {
    private SelectDrills() {}

    /** add-default. */
    public static Exercise addDefault() {
        return Exercise.drill("add-default",
                "Send to a queue only if it has room now: a select with a default case, so a full queue drops the item "
                        + "instead of blocking the caller.",
                OfferApi.class, "Offer", List.of(
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
                            boolean sent = Requirement.within(Duration.ofSeconds(1), result, "offer blocked on a full queue for 1 s");
                            require(!sent, "offer returned true, but the queue was full");
                            require(queue.length() == 1, "the full queue changed");
                        })));
    }

    /** add-timeout. */
    public static Exercise addTimeout() {
        return Exercise.drill("add-timeout",
                "Wait for a result, but give up after a limit: a select with a receive case and a timeout case. "
                        + "Checked on a fake clock, so the limit is exact.",
                TimeoutApi.class, "Fetch", List.of(
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
