import static dev.channels.Go.go;

import dev.channels.context.Context;
import dev.channels.exercises.warmups.FirstErrorApi;
import dev.channels.sync.WaitGroup;
import java.util.List;
import java.util.function.Function;

/** Runs tasks together; the first error wins. */
public class RunAll implements FirstErrorApi {
    @Override
    public Throwable runAll(List<Function<Context, String>> tasks) {
        // TODO: errors are lost and nobody is cancelled. Use Group.withContext(Context.background()).
        var wg = new WaitGroup();
        for (var task : tasks) {
            wg.add(1);
            go(() -> {
                try {
                    task.apply(Context.background());
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        return null;
    }
}
