package dev.channels.examples;

import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.SendChannel;
import dev.channels.sync.WaitGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 02: Worker Pools. Lines between the "region" markers align one-to-one with
 * {@code src/main/go/02-worker-pool/main.go}.
 *
 * <p>The lesson's bug, kept: the usage sends every job before it reads any result, so once the
 * jobs outnumber both buffers (100 + 100) plus the five workers, every goroutine waits on another
 * and the program deadlocks. Go says "all goroutines are asleep - deadlock!"; so does a
 * fake-clock bubble (see LessonOutputTest), and so does the opt-in deadlock watchdog.
 * {@link #usageFixed} reads the results while it sends.
 */
public final class L02WorkerPool {
    record Job(int id) {}

    record Result(int jobId, int value) {
        @Override
        public String toString() {
            return "job " + jobId + ": " + value;
        }
    }

    /** Squares the job's number; the worker's id is for logs only. */
    static Result processJob(int id, Job job) {
        return new Result(job.id(), job.id() * job.id());
    }

    // region pool
    static void workerPool(ReceiveChannel<Job> jobs, SendChannel<Result> results, int numWorkers) {
        var wg = new WaitGroup();
        for (int i = 0; i < numWorkers; i++) {
            wg.add(1);
            int id = i; go(() -> {
                try { // defer wg.Done()
                for (Job job : jobs) {
                    results.send(processJob(id, job));
                }
            } finally { wg.done(); } });
        }
        wg.await();
        results.close();
    }

    // endregion pool

    public static void main(String[] args) {
        usage(10);
    }

    static void usage(int jobCount) {
        List<Job> allJobs = new ArrayList<>();
        for (int id = 1; id <= jobCount; id++) {
            allJobs.add(new Job(id));
        }
        // region usage
        // Usage
        Channel<Job> jobs = Channel.<Job>make(100).named("jobs");
        Channel<Result> results = Channel.<Result>make(100).named("results");

        go(() -> workerPool(jobs, results, 5)); // 5 workers

        // Send jobs
        for (Job j : allJobs) {
            jobs.send(j);
        }
        jobs.close();

        // Collect results
        for (Result r : results) {
            Fmt.println(r);
        }
        // endregion usage
    }

    /** The usage, corrected: collect results while sending, so no buffer size limits the job count. */
    static void usageFixed(int jobCount) {
        Channel<Job> jobs = Channel.make(100);
        Channel<Result> results = Channel.make(100);
        go(() -> workerPool(jobs, results, 5));
        go(() -> {
            try (jobs) {
                for (int id = 1; id <= jobCount; id++) {
                    jobs.send(new Job(id));
                }
            }
        });
        for (Result r : results) {
            Fmt.println(r);
        }
    }
}
