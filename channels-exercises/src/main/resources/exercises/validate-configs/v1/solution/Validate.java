import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import dev.channels.exercises.challenges.configs.ValidatePoolApi;
import dev.channels.exercises.challenges.configs.Validator;
import dev.channels.sync.WaitGroup;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Validates config files on a pool of workers; the first error stops them all. */
public class Validate implements ValidatePoolApi {
    @Override
    public Throwable validateAll(Context parent, List<Path> files, int workers, Validator validator) {
        CancelContext ctx = Context.withCancel(parent);
        Channel<Path> jobs = Channel.make(files.size());
        files.forEach(jobs::send);
        jobs.close();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        var wg = new WaitGroup();
        for (int w = 0; w < workers; w++) {
            wg.add(1);
            go(() -> {
                try {
                    for (Path file : jobs) {
                        if (ctx.err() != null) {
                            return; // an error, or the caller, stopped the work
                        }
                        try {
                            validator.validate(ctx, file);
                        } catch (Exception e) {
                            if (firstError.compareAndSet(null, e)) {
                                ctx.cancel();
                            }
                            return;
                        }
                    }
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        ctx.cancel();
        return firstError.get() != null ? firstError.get() : parent.err();
    }
}
