import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.context.Context;
import dev.channels.exercises.challenges.Http;
import dev.channels.exercises.challenges.download.ProgressBar;
import dev.channels.exercises.challenges.download.RetryingApi;
import dev.channels.sync.Group;
import dev.channels.time.Time;
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
                byte[] body = fetchWithRetries(g.context(), base.resolve(name), name, attempts, backoff);
                Files.write(dir.resolve(name), body);
                finished.send(name);
            });
        }
        Throwable err = g.await();
        finished.close();
        barEnded.receive();
        return err;
    }

    static byte[] fetchWithRetries(Context ctx, URI uri, String name, int attempts, Duration backoff) throws IOException {
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            Http.Response response = Http.get(ctx, uri);
            if (response.ok()) {
                return response.body();
            }
            if (response.status() < 500 || attempt == attempts) {
                throw new IOException(name + ": HTTP " + response.status() + " after " + attempt + (attempt == 1 ? " try" : " tries"));
            }
            select(onReceive(ctx.done()), onReceive(Time.after(wait)));
            if (ctx.err() != null) {
                throw ctx.err();
            }
            wait = wait.multipliedBy(2);
        }
    }
}
