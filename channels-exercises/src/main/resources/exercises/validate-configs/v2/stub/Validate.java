import dev.channels.context.Context;
import dev.channels.exercises.challenges.configs.ValidateTimeoutApi;
import dev.channels.exercises.challenges.configs.Validator;
import dev.channels.sync.Group;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Validates config files, at most `workers` at once and each within its limit; the first error stops the rest. */
public class Validate implements ValidateTimeoutApi {
    @Override
    public Throwable validateAll(Context ctx, List<Path> files, int workers, Duration perFile, Validator validator) {
        Group g = Group.withContext(ctx);
        g.setLimit(workers);
        for (Path file : files) {
            g.go(() -> {
                if (g.context().err() != null) {
                    return; // an error came first: leave this file alone
                }
                // TODO: no limit: a file that hangs holds up everything. Give each validation a
                // context of its own with Context.withTimeout(g.context(), perFile), and turn its
                // DeadlineExceeded into an error that names the file.
                validator.validate(g.context(), file);
            });
        }
        return g.await();
    }
}
