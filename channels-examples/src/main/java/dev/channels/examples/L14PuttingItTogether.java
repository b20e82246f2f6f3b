package dev.channels.examples;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;

import dev.channels.Case;
import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.context.Context;
import dev.channels.sync.WaitGroup;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lesson 14: Putting It Together. Lines between the "region lesson" markers align one-to-one with
 * {@code src/main/go/14-putting-it-together/main.go}. A select case cannot {@code return} from
 * the goroutine in Java, so the loop runs until a case sets {@code done}.
 *
 * <p>The lesson's bug, kept: once {@code ctx} is cancelled, a worker blocked in
 * {@code results <- processJob(job)} waits forever if nobody reads results any more, because the
 * send is not in a select with {@code ctx.Done()}. {@link #processQueueFixed} selects on both.
 */
public final class L14PuttingItTogether {
    record Job(int id) {}

    record Result(int jobId, int value) {
        @Override
        public String toString() {
            return "job " + jobId + ": " + value;
        }
    }

    static Result processJob(Job job) {
        return new Result(job.id(), job.id() * job.id());
    }

    // region lesson
    static ReceiveChannel<Result> processQueue(Context ctx, ReceiveChannel<Job> jobs, int workers, int ratePerSec) {
        Channel<Result> results = Channel.make();
        Ticker limiter = Time.newTicker(Duration.ofSeconds(1).dividedBy(ratePerSec));

        var wg = new WaitGroup();
        for (int i = 0; i < workers; i++) {
            wg.add(1);
            go(() -> {
                try { // defer wg.Done()
                for (var done = new AtomicBoolean(); !done.get(); ) {
                    select(
                        onReceive(ctx.done(), closed ->
                            done.set(true)), // return
                        onReceiveOk(jobs, (job, ok) -> {
                            if (!ok) {
                                done.set(true); return; // jobs channel closed
                            }
                            limiter.c().receive(); // rate limit
                            results.send(processJob(job));
                        }));
                }
            } finally { wg.done(); } });
        }

        go(() -> {
            wg.await();
            limiter.stop();
            results.close();
        });

        return results;
    }

    // endregion lesson

    /** The corrected version: a worker also gives up a send of its result when ctx is cancelled. */
    static ReceiveChannel<Result> processQueueFixed(Context ctx, ReceiveChannel<Job> jobs, int workers, int ratePerSec) {
        Channel<Result> results = Channel.make();
        Ticker limiter = Time.newTicker(Duration.ofSeconds(1).dividedBy(ratePerSec));
        var wg = new WaitGroup();
        Case cancelled = onReceive(ctx.done());
        for (int i = 0; i < workers; i++) {
            wg.go(() -> {
                for (;;) {
                    var next = new java.util.concurrent.atomic.AtomicReference<Job>();
                    if (select(cancelled, onReceiveOk(jobs, (job, ok) -> next.set(ok ? job : null))) == cancelled || next.get() == null) {
                        return; // cancelled, or the jobs channel closed
                    }
                    if (select(cancelled, onReceive(limiter.c())) == cancelled) {
                        return;
                    }
                    if (select(cancelled, onSend(results, processJob(next.get()))) == cancelled) {
                        return; // nobody reads results any more: give up instead of blocking forever
                    }
                }
            });
        }
        go(() -> {
            wg.await();
            limiter.stop();
            results.close();
        });
        return results;
    }

    public static void main(String[] args) {
        Instant start = Time.now();
        try (var ctx = Context.withCancel(Context.background())) {
            Channel<Job> jobs = Channel.make();
            go(() -> {
                try (jobs) {
                    for (int id = 1; id <= 6; id++) {
                        jobs.send(new Job(id));
                    }
                }
            });
            int count = 0;
            for (Result r : processQueue(ctx, jobs, 2, 5)) {
                Fmt.println(r);
                count++;
            }
            Fmt.printf("processed %d jobs in %dms\n", count, Duration.between(start, Time.now()).toMillis() / 100 * 100);
        }
    }
}
