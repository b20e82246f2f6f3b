import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import dev.channels.context.ContextError;
import dev.channels.exercises.challenges.Http;
import dev.channels.exercises.challenges.health.ReportApi;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks every server at once, under one deadline. */
public class HealthCheck implements ReportApi {
    record Result(URI server, String status) {}

    @Override
    public Map<URI, String> check(List<URI> servers, Duration deadline) {
        CancelContext ctx = Context.withTimeout(Context.background(), deadline);
        try {
            Channel<Result> results = Channel.make(servers.size()); // room for every result: no sender waits
            for (URI server : servers) {
                go(() -> results.send(new Result(server, probe(ctx, server))));
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
