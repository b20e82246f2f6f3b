import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.context.Context;
import dev.channels.exercises.challenges.Http;
import dev.channels.exercises.challenges.download.ProgressBar;
import dev.channels.exercises.challenges.download.RetryingApi;
import dev.channels.sync.Group;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Downloads every artifact at once, retrying what fails for now, drawing a progress bar. */
public class Download implements RetryingApi {
    @Override
    public Throwable downloadAll(Context ctx, URI base, List<String> names, Path dir, int attempts, Duration backoff, PrintStream progress) {
        Channel<String> finished = Channel.make();
        Channel<Void> barEnded = Channel.make();
        go(() -> { // the only goroutine that writes to the terminal
            int done = 0;
            progress.print(ProgressBar.frame(done, names.size()));
            for (String name : finished) {
                progress.print(ProgressBar.frame(++done, names.size()));
            }
            progress.println();
            barEnded.close();
        });
        Group g = Group.withContext(ctx);
        for (String name : names) {
            g.go(() -> {
                byte[] body = fetch(g.context(), base.resolve(name), name);
                Files.write(dir.resolve(name), body);
                finished.send(name);
            });
        }
        Throwable err = g.await();
        finished.close();
        barEnded.receive();
        return err;
    }

    static byte[] fetch(Context ctx, URI uri, String name) throws IOException {
        // TODO: one try. A 5xx may pass: try again, up to `attempts` tries in all, waiting
        // `backoff` before the second and doubling the wait each time (a wait that ends early when
        // ctx is done). A 4xx will not change: throw at once.
        Http.Response response = Http.get(ctx, uri);
        if (!response.ok()) {
            throw new IOException(name + ": HTTP " + response.status());
        }
        return response.body();
    }
}
