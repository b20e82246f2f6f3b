package dev.channels.exercises.warmups;

import static dev.channels.Go.go;
import static dev.channels.exercises.Requirement.require;

import dev.channels.Channel;
import dev.channels.Empty;
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

/** Drills about channels themselves: closing, draining, broadcasting by close, pipeline stages, the nil channel. */
public final class ChannelDrills {
    private ChannelDrills() {}

    /** close-fan-in. */
    public static Exercise closeFanIn() {
        return Exercise.drill("close-fan-in",
                "Merge several channels into one (fan-in) and close the merged channel once every input is closed, "
                        + "so that a range over it ends.",
                FanInApi.class, "FanIn", List.of(
                new Requirement<>("merge returns at once, before the inputs are closed",
                        "start the forwarding goroutines with go(...) and return the merged channel; do not wait in merge",
                        api -> {
                            List<Channel<Integer>> inputs = List.of(Channel.make(), Channel.make());
                            Channel<ReceiveChannel<Integer>> merged = Channel.make(1);
                            go(() -> merged.send(api.merge(new ArrayList<>(inputs))));
                            Requirement.within(Duration.ofSeconds(1), merged, "merge did not return within 1 s while its inputs were open");
                            inputs.forEach(Channel::close);
                        }),
                new Requirement<>("every value of every input arrives exactly once",
                        "forward each input in its own goroutine: for (int v : input) merged.send(v)",
                        api -> {
                            List<ReceiveChannel<Integer>> inputs = filledAndClosed(3, 5);
                            ReceiveChannel<Integer> merged = api.merge(inputs);
                            List<Integer> got = new ArrayList<>();
                            for (int i = 0; i < 15; i++) {
                                got.add(Requirement.within(Duration.ofSeconds(1), merged, "only " + got.size() + " of 15 values arrived"));
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
                                Requirement.within(Duration.ofSeconds(1), merged, "a value did not arrive");
                            }
                            Channel<Received<Integer>> last = Channel.make(1);
                            go(() -> last.send(merged.receiveOk()));
                            Received<Integer> end = Requirement.within(Duration.ofSeconds(1), last,
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

    /** drain-after-close. */
    public static Exercise drainAfterClose() {
        return Exercise.drill("drain-after-close",
                "Read every value of a channel until it is closed: a range (for v := range ch), not a look at its length.",
                DrainApi.class, "Drain", List.of(
                new Requirement<>("values sent over time, then a close: all of them, in order",
                        "for (int v : ch) { ... } waits for each value and ends at the close",
                        api -> SyncTest.run(() -> {
                            Channel<Integer> ch = Channel.make(5); // room for all: the sender never waits for the reader
                            go(() -> {
                                for (int i = 0; i < 5; i++) {
                                    Time.sleep(Duration.ofMillis(100));
                                    ch.send(i);
                                }
                                ch.close();
                            });
                            List<Integer> got = api.drain(ch);
                            require(got.equals(List.of(0, 1, 2, 3, 4)), "expected [0, 1, 2, 3, 4], got " + got);
                        }))));
    }

    /** done-broadcast. */
    public static Exercise doneBroadcast() {
        return Exercise.drill("done-broadcast",
                "Signal \"done\" to every waiter at once by closing a chan struct{}: a send wakes only one.",
                BroadcastApi.class, "Done", List.of(
                new Requirement<>("every waiter is released when the work ends",
                        "close the done channel when the work finishes (done.close() in a finally); a close wakes every receiver",
                        api -> SyncTest.run(() -> {
                            ReceiveChannel<Empty> done = api.start(() -> Time.sleep(Duration.ofSeconds(1)));
                            Channel<Integer> released = Channel.make(3);
                            for (int i = 0; i < 3; i++) {
                                int waiter = i;
                                go(() -> {
                                    done.receive();
                                    released.send(waiter);
                                });
                            }
                            for (int i = 0; i < 3; i++) {
                                released.receive();
                            }
                        }))));
    }

    /** pipeline-stage. */
    public static Exercise pipelineStage() {
        return Exercise.drill("pipeline-stage",
                "A pipeline stage: a goroutine reads its input, writes each result, and closes its output when the input ends.",
                StageApi.class, "Squares", List.of(
                new Requirement<>("each value squared, in order, and the output closed after the last",
                        "go(() -> { try (out) { for (int v : in) out.send(v * v); } }) and return out at once",
                        api -> SyncTest.run(() -> {
                            Channel<Integer> in = Channel.make();
                            ReceiveChannel<Integer> out = api.squares(in);
                            go(() -> {
                                for (int i = 1; i <= 4; i++) {
                                    in.send(i);
                                }
                                in.close();
                            });
                            List<Integer> got = new ArrayList<>();
                            for (int v : out) {
                                got.add(v);
                            }
                            require(got.equals(List.of(1, 4, 9, 16)), "expected [1, 4, 9, 16], got " + got);
                        }))));
    }

    /** nil-case. */
    public static Exercise nilCase() {
        return Exercise.drill("nil-case",
                "Read two channels in one select loop until both are closed: when one closes, set it to Channel.nil() "
                        + "so its case never fires again.",
                NilCaseApi.class, "Both", List.of(
                new Requirement<>("every value of both channels, when one closes long before the other",
                        "receive with onReceiveOk; when ok is false, replace that channel with Channel.nil() and go on",
                        api -> SyncTest.run(() -> {
                            Channel<Integer> a = Channel.make(2);
                            a.send(1);
                            a.send(2);
                            a.close();
                            Channel<Integer> b = Channel.make();
                            go(() -> {
                                for (int v = 10; v < 13; v++) {
                                    Time.sleep(Duration.ofSeconds(1));
                                    b.send(v);
                                }
                                b.close();
                            });
                            List<Integer> got = new ArrayList<>(api.both(a, b));
                            got.sort(null);
                            require(got.equals(List.of(1, 2, 10, 11, 12)), "expected [1, 2, 10, 11, 12], got " + got);
                        })),
                new Requirement<>("returns once both are closed, and only then",
                        "loop while at least one of the two is not nil",
                        api -> SyncTest.run(() -> {
                            Channel<Integer> a = Channel.make();
                            Channel<Integer> b = Channel.make();
                            go(() -> {
                                Time.sleep(Duration.ofSeconds(1));
                                a.close();
                                Time.sleep(Duration.ofSeconds(1));
                                b.close();
                            });
                            Instant start = Time.now();
                            List<Integer> got = api.both(a, b);
                            require(got.isEmpty(), "no values were sent, got " + got);
                            require(Time.now().equals(start.plusSeconds(2)), "returned after " + Duration.between(start, Time.now())
                                    + "; the second channel closed at 2 s");
                        }))));
    }
}
