import static dev.channels.Go.go;

import dev.channels.exercises.warmups.PoolApi;
import dev.channels.sync.WaitGroup;
import java.util.List;

/** Runs tasks on a bounded number of goroutines. */
public class Pool implements PoolApi {
    @Override
    public void runAll(List<Runnable> tasks, int workers) {
        // TODO: one goroutine per task ignores `workers`. Start `workers` goroutines reading a jobs channel.
        var wg = new WaitGroup();
        for (Runnable task : tasks) {
            wg.add(1);
            go(() -> {
                try {
                    task.run();
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
    }
}
