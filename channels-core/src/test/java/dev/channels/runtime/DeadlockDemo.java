package dev.channels.runtime;

import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.sync.WaitGroup;

/**
 * A child program for DeadlockWatchdogTest: the lesson's worker pool with more jobs than both
 * buffers hold and nobody reading results, so main blocks sending a job while every worker blocks
 * sending a result. With {@code args[0] = "fixed"} main reads the results and the program ends.
 */
public final class DeadlockDemo {
    public static void main(String[] args) {
        boolean fixed = args.length > 0 && args[0].equals("fixed");
        Channel<Integer> jobs = Channel.<Integer>make(2).named("jobs");
        Channel<Integer> results = Channel.<Integer>make(2).named("results");
        var wg = new WaitGroup();
        for (int w = 0; w < 2; w++) {
            wg.go(() -> {
                for (int job : jobs) {
                    results.send(job * 2);
                }
            });
        }
        go(() -> {
            wg.await();
            results.close();
        });
        if (fixed) {
            go(() -> {
                int sum = 0;
                for (int r : results) {
                    sum += r;
                }
                System.out.println("sum " + sum);
            });
        }
        for (int j = 0; j < 10; j++) {
            jobs.send(j); // with nobody reading results, this blocks once both buffers fill
        }
        jobs.close();
        wg.await();
        System.out.println("done");
    }
}
