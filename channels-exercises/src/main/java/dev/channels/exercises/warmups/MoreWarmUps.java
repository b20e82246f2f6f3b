package dev.channels.exercises.warmups;

import static dev.channels.Go.go;
import static dev.channels.exercises.Requirement.require;

import dev.channels.Channel;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import dev.channels.exercises.Exercise;
import dev.channels.exercises.Requirement;
import dev.channels.testing.SyncTest;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** More warm-up drills: stopping a ticker, cancelling with a context, bounding goroutines, a nil case. */
public final class MoreWarmUps {
    private MoreWarmUps() {}

    /** stop-ticker. */
    public static Exercise<StopTickerApi> stopTicker() {
        return new Exercise<>("stop-ticker", "warm-up",
                "Take n ticks from a ticker, then stop it, so that it delivers nothing more.",
                StopTickerApi.class, "TakeTicks", 1, List.of(
                new Requirement<>("n ticks, one period apart",
                        "receive from ticker.c() n times",
                        api -> SyncTest.run(() -> {
                            Instant start = Time.now();
                            try (Ticker ticker = Time.newTicker(Duration.ofSeconds(1))) {
                                List<Instant> ticks = api.take(ticker, 3);
                                require(ticks.equals(List.of(start.plusSeconds(1), start.plusSeconds(2), start.plusSeconds(3))),
                                        "expected ticks at 1 s, 2 s and 3 s, got " + ticks);
                            }
                        })),
                new Requirement<>("the ticker is stopped afterwards: no tick comes later",
                        "call ticker.stop() once you have your ticks (Go: defer ticker.Stop())",
                        api -> SyncTest.run(() -> {
                            Ticker ticker = Time.newTicker(Duration.ofSeconds(1));
                            api.take(ticker, 2);
                            Time.sleep(Duration.ofSeconds(5));
                            require(ticker.c().tryReceive().isEmpty(), "a tick arrived 5 s after take returned: the ticker still runs");
                            ticker.stop();
                        }))));
    }

    /** cancel-context. */
    public static Exercise<CancelApi> cancelContext() {
        return new Exercise<>("cancel-context", "warm-up",
                "A worker that handles jobs until its context is cancelled: select on ctx.done() beside the jobs.",
                CancelApi.class, "Worker", 1, List.of(
                new Requirement<>("every job is handled while the context is live",
                        "range over the jobs, or select on them",
                        api -> {
                            Channel<Integer> jobs = Channel.make(3);
                            for (int i = 0; i < 3; i++) {
                                jobs.send(i);
                            }
                            jobs.close();
                            int handled = api.work(Context.background(), jobs);
                            require(handled == 3, "handled " + handled + " of 3 jobs");
                        }),
                new Requirement<>("cancelling the context stops the worker, though jobs stay open",
                        "select(onReceive(ctx.done()), onReceive(jobs, ...)) and return when done fires",
                        api -> SyncTest.run(() -> {
                            CancelContext ctx = Context.withCancel(Context.background());
                            Channel<Integer> jobs = Channel.make();
                            go(() -> {
                                jobs.send(1);
                                jobs.send(2);
                                ctx.cancel();
                            });
                            try {
                                int handled = api.work(ctx, jobs);
                                require(handled == 2, "handled " + handled + " jobs, expected the 2 sent before the cancel");
                            } finally {
                                jobs.close();
                            }
                        }))));
    }

    /** bounded-pool. */
    public static Exercise<PoolApi> boundedPool() {
        return new Exercise<>("bounded-pool", "warm-up",
                "Run many tasks with a fixed number of worker goroutines reading from one channel of jobs.",
                PoolApi.class, "Pool", 1, List.of(
                new Requirement<>("every task runs once",
                        "send every task into a jobs channel, close it, and let the workers range over it",
                        api -> SyncTest.run(() -> {
                            AtomicInteger ran = new AtomicInteger();
                            List<Runnable> tasks = new ArrayList<>();
                            for (int i = 0; i < 20; i++) {
                                tasks.add(ran::incrementAndGet);
                            }
                            api.runAll(tasks, 3);
                            require(ran.get() == 20, ran.get() + " of 20 tasks ran before runAll returned");
                        })),
                new Requirement<>("never more than `workers` tasks at once",
                        "start exactly `workers` goroutines (not one per task), each taking tasks from the channel; wait for them with a WaitGroup",
                        api -> SyncTest.run(() -> {
                            AtomicInteger running = new AtomicInteger();
                            AtomicInteger peak = new AtomicInteger();
                            List<Runnable> tasks = new ArrayList<>();
                            for (int i = 0; i < 12; i++) {
                                tasks.add(() -> {
                                    peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                                    Time.sleep(Duration.ofSeconds(1));
                                    running.decrementAndGet();
                                });
                            }
                            Instant start = Time.now();
                            api.runAll(tasks, 3);
                            require(peak.get() == 3, "at most 3 tasks at once were allowed, " + peak.get() + " ran together");
                            require(Time.now().equals(start.plusSeconds(4)), "12 one-second tasks on 3 workers take 4 s, took "
                                    + Duration.between(start, Time.now()));
                        }))));
    }

    /** nil-case. */
    public static Exercise<NilCaseApi> nilCase() {
        return new Exercise<>("nil-case", "warm-up",
                "Read two channels in one select loop until both are closed: when one closes, set it to Channel.nil() "
                        + "so its case never fires again.",
                NilCaseApi.class, "Both", 1, List.of(
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
