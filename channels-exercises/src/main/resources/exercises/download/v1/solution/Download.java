import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.context.Context;
import dev.channels.exercises.challenges.Http;
import dev.channels.exercises.challenges.download.ProgressBar;
import dev.channels.exercises.challenges.download.RateLimitedApi;
import dev.channels.rate.Limiter;
import dev.channels.sync.Group;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Downloads every artifact at once, paced by a rate limiter, drawing a progress bar. */
public class Download implements RateLimitedApi {
    @Override
    public Throwable downloadAll(Context ctx, URI base, List<String> names, Path dir, Limiter limiter, PrintStream progress) {
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
                limiter.wait(g.context());
                Http.Response response = Http.get(g.context(), base.resolve(name));
                if (!response.ok()) {
                    throw new IOException(name + ": HTTP " + response.status());
                }
                Files.write(dir.resolve(name), response.body());
                finished.send(name);
            });
        }
        Throwable err = g.await();
        finished.close();
        barEnded.receive();
        return err;
    }
}
