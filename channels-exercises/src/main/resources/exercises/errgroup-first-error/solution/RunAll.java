import dev.channels.context.Context;
import dev.channels.exercises.warmups.FirstErrorApi;
import dev.channels.sync.Group;
import java.util.List;
import java.util.function.Function;

/** Runs tasks together; the first error wins. */
public class RunAll implements FirstErrorApi {
    @Override
    public Throwable runAll(List<Function<Context, String>> tasks) {
        var g = Group.withContext(Context.background()); // g, ctx := errgroup.WithContext(ctx)
        for (var task : tasks) {
            g.go(() -> task.apply(g.context()));           // g.Go(func() error { ... })
        }
        return g.await();                                  // return g.Wait()
    }
}
