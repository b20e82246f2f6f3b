package dev.channels.exercises.warmups;

import static dev.channels.Go.go;
import static dev.channels.exercises.Requirement.require;

import dev.channels.Channel;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import dev.channels.exercises.Exercise;
import dev.channels.exercises.Requirement;
import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Drills about goroutines working together: a bounded pool, cancellation by context, errgroup. */
public final class GoroutineDrills {
    private GoroutineDrills() {}

    /** bounded-pool. */
    public static Exercise boundedPool() {
        return Exercise.drill("bounded-pool",
                "Run many tasks with a fixed number of worker goroutines reading from one channel of jobs.",
                PoolApi.class, "Pool", List.of(
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

    /** cancel-context. */
    public static Exercise cancelContext() {
        return Exercise.drill("cancel-context",
                "A worker that handles jobs until its context is cancelled: select on ctx.done() beside the jobs.",
                CancelApi.class, "Worker", List.of(
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

    /** errgroup-first-error. */
    public static Exercise errgroupFirstError() {
        return Exercise.drill("errgroup-first-error",
                "Run tasks together with Group.withContext (Go's errgroup): the first error is returned and cancels the others' context.",
                FirstErrorApi.class, "RunAll", List.of(
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
}
