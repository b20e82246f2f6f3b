import dev.channels.context.Context;
import dev.channels.exercises.challenges.configs.ValidatePoolApi;
import dev.channels.exercises.challenges.configs.Validator;
import java.nio.file.Path;
import java.util.List;

/** Validates config files on a pool of workers; the first error stops them all. */
public class Validate implements ValidatePoolApi {
    @Override
    public Throwable validateAll(Context ctx, List<Path> files, int workers, Validator validator) {
        // TODO: this validates one file after another, and goes on after an error. Send the files
        // into a jobs channel, start `workers` goroutines ranging over it, and let the first error
        // cancel a context derived from ctx, so that the others stop.
        Throwable firstError = null;
        for (Path file : files) {
            try {
                validator.validate(ctx, file);
            } catch (Exception e) {
                if (firstError == null) {
                    firstError = e;
                }
            }
        }
        return firstError;
    }
}
