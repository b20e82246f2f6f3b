import dev.channels.context.Context;
import dev.channels.exercises.challenges.configs.PortReader;
import dev.channels.exercises.challenges.configs.ValidatePortsApi;
import dev.channels.sync.Group;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads every config file's port, at most `workers` at once; an invalid file or a shared port stops the rest. */
public class Validate implements ValidatePortsApi {
    @Override
    public Throwable validateAll(Context ctx, List<Path> files, int workers, PortReader reader) {
        Group g = Group.withContext(ctx);
        g.setLimit(workers);
        Map<Integer, Path> owners = new ConcurrentHashMap<>();
        for (Path file : files) {
            g.go(() -> {
                if (g.context().err() != null) {
                    return; // an error came first: leave this file alone
                }
                int port = reader.port(g.context(), file);
                Path other = owners.putIfAbsent(port, file);
                if (other != null) {
                    throw new IllegalStateException(other.getFileName() + " and " + file.getFileName() + " both use port " + port);
                }
            });
        }
        return g.await();
    }
}
