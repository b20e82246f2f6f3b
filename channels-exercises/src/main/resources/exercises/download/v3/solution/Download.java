import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.context.Context;
import dev.channels.exercises.challenges.Http;
import dev.channels.exercises.challenges.download.BoundedApi;
import dev.channels.exercises.challenges.download.ProgressBar;
import dev.channels.sync.Group;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Downloads the artifacts, `parallel` at a time, until done or cancelled, drawing a progress bar. */
public class Download implements BoundedApi {
    @Override
    public Throwable downloadAll(Context ctx, URI base, List<String> names, Path dir, int parallel, PrintStream progress) {
        Channel<String> finished = Channel.make();
        Channel<Void> barEnded = Channel.make();
        go(() -> { // the only goroutine that writes to the terminal
            int done = 0;
            progress.print(ProgressBar.frame(done, names.size()));
            for (String name : finished) {
                progress.print(ProgressBar.frame(++done, names.size()));
            }
            progress.println(); // however the downloads ended
            barEnded.close();
        });
        Group g = Group.withContext(ctx);
        g.setLimit(parallel);
        for (String name : names) {
            g.go(() -> {
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
