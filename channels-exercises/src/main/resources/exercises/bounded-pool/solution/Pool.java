import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.exercises.warmups.PoolApi;
import dev.channels.sync.WaitGroup;
import java.util.List;

/** Runs tasks on a bounded number of goroutines. */
public class Pool implements PoolApi {
    @Override
    public void runAll(List<Runnable> tasks, int workers) {
        Channel<Runnable> jobs = Channel.make(tasks.size());
        tasks.forEach(jobs::send);
        jobs.close();
        var wg = new WaitGroup();
        for (int w = 0; w < workers; w++) {
            wg.add(1);
            go(() -> {
                try {
                    for (Runnable task : jobs) {
                        task.run();
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
    }
}
