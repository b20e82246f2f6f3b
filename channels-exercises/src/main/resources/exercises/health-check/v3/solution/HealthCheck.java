import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import dev.channels.context.ContextError;
import dev.channels.exercises.challenges.Http;
import dev.channels.exercises.challenges.health.RetryApi;
import dev.channels.time.Time;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks every server at once, retrying the ones that are down, under one deadline. */
public class HealthCheck implements RetryApi {
    record Result(URI server, String status) {}

    @Override
    public Map<URI, String> check(List<URI> servers, int attempts, Duration backoff, Duration deadline) {
        CancelContext ctx = Context.withTimeout(Context.background(), deadline);
        try {
            Channel<Result> results = Channel.make(servers.size());
            for (URI server : servers) {
                go(() -> results.send(new Result(server, probeWithRetries(ctx, server, attempts, backoff))));
            }
            Map<URI, String> report = new HashMap<>();
            for (int i = 0; i < servers.size(); i++) {
                Result r = results.receive();
                report.put(r.server(), r.status());
            }
            return report;
        } finally {
            ctx.cancel();
        }
    }

    static String probeWithRetries(Context ctx, URI server, int attempts, Duration backoff) {
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            String status = probe(ctx, server);
            if (!status.equals("down") || attempt == attempts) {
                return status;
            }
            boolean[] expired = {false};
            select(onReceive(ctx.done(), done -> expired[0] = true), onReceive(Time.after(wait)));
            if (expired[0]) {
                return "timeout";
            }
            wait = wait.multipliedBy(2);
        }
    }

    static String probe(Context ctx, URI server) {
        try {
            return Http.get(ctx, server).ok() ? "up" : "down";
        } catch (ContextError deadlinePassed) {
            return "timeout";
        } catch (IOException e) {
            return "down";
        }
    }
}
