package dev.channels.exercises.warmups;

import static dev.channels.Go.go;
import static dev.channels.exercises.Requirement.require;

import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.ReceiveChannel;
import dev.channels.exercises.Exercise;
import dev.channels.exercises.Requirement;
import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The last warm-up drills: drain after close, a ticker as rate limit, errgroup, close as broadcast, a pipeline stage. */
public final class LastWarmUps {
    private LastWarmUps() {}

    /** drain-after-close. */
    public static Exercise<DrainApi> drainAfterClose() {
        return new Exercise<>("drain-after-close", "warm-up",
                "Read every value of a channel until it is closed: a range (for v := range ch), not a look at its length.",
                DrainApi.class, "Drain", 1, List.of(
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

    /** rate-limit-ticker. */
    public static Exercise<ThrottleApi> rateLimitTicker() {
        return new Exercise<>("rate-limit-ticker", "warm-up",
                "Handle one request per tick of a time.Ticker, and stop the ticker when done.",
                ThrottleApi.class, "Throttle", 1, List.of(
                new Requirement<>("one request per interval, the first after one interval",
                        "make a ticker with Time.newTicker(interval); receive a tick before each request",
                        api -> SyncTest.run(() -> {
                            Instant start = Time.now();
                            List<Instant> handled = new ArrayList<>();
                            api.process(List.of("a", "b", "c"), Duration.ofMillis(200), request -> handled.add(Time.now()));
                            require(handled.equals(List.of(start.plusMillis(200), start.plusMillis(400), start.plusMillis(600))),
                                    "expected requests at 200, 400 and 600 ms, got " + handled.stream().map(t -> Duration.between(start, t).toMillis() + " ms").toList());
                        }))));
    }

    /** errgroup-first-error. */
    public static Exercise<FirstErrorApi> errgroupFirstError() {
        return new Exercise<>("errgroup-first-error", "warm-up",
                "Run tasks together with Group.withContext (Go's errgroup): the first error is returned and cancels the others' context.",
                FirstErrorApi.class, "RunAll", 1, List.of(
                new Requirement<>("no error: null, after every task ran",
                        "g.go(() -> task.apply(g.context())) for each task, then return g.await()",
                        api -> {
                            AtomicBoolean ran = new AtomicBoolean();
                            Throwable err = api.runAll(List.of(ctx -> "ok", ctx -> {
                                ran.set(true);
                                return "ok";
                            }));
                            require(err == null, "expected no error, got " + err);
                            require(ran.get(), "a task did not run");
                        }),
                new Requirement<>("the first error is returned, and the other tasks see their context cancelled",
                        "Group.withContext(parent); a task that throws cancels g.context(); g.await() returns the first error",
                        api -> {
                            Throwable err = api.runAll(List.of(
                                    ctx -> {
                                        throw new IllegalStateException("disk full");
                                    },
                                    ctx -> {
                                        ctx.done().receive(); // waits for the cancellation the failure causes
                                        return "cancelled";
                                    }));
                            require(err != null && "disk full".equals(err.getMessage()), "expected the error \"disk full\", got " + err);
                        })));
    }

    /** done-broadcast. */
    public static Exercise<BroadcastApi> doneBroadcast() {
        return new Exercise<>("done-broadcast", "warm-up",
                "Signal \"done\" to every waiter at once by closing a chan struct{}: a send wakes only one.",
                BroadcastApi.class, "Done", 1, List.of(
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
    public static Exercise<StageApi> pipelineStage() {
        return new Exercise<>("pipeline-stage", "warm-up",
                "A pipeline stage: a goroutine reads its input, writes each result, and closes its output when the input ends.",
                StageApi.class, "Squares", 1, List.of(
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
}
