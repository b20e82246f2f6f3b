import dev.channels.context.Context;
import dev.channels.exercises.challenges.configs.PortReader;
import dev.channels.exercises.challenges.configs.ValidatePortsApi;
import dev.channels.sync.Group;
import java.nio.file.Path;
import java.util.List;

/** Reads every config file's port, at most `workers` at once; an invalid file or a shared port stops the rest. */
public class Validate implements ValidatePortsApi {
    @Override
    public Throwable validateAll(Context ctx, List<Path> files, int workers, PortReader reader) {
        Group g = Group.withContext(ctx);
        g.setLimit(workers);
        for (Path file : files) {
            g.go(() -> {
                if (g.context().err() != null) {
                    return; // an error came first: leave this file alone
                }
                int port = reader.port(g.context(), file);
                // TODO: two services on one port is an error too. Remember which file claimed each
                // port, in a map the tasks share, and throw one naming both files and the port.
            });
        }
        return g.await();
    }
}
