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
    @Override
    public Map<URI, String> check(List<URI> servers, Duration deadline) {
        // TODO: this checks one server after another, each with a whole deadline of its own, so
        // eight slow servers take eight times as long. Check them all at once: a goroutine per
        // server sending its result on a channel, all under ONE Context.withTimeout.
        Map<URI, String> report = new HashMap<>();
        for (URI server : servers) {
            CancelContext ctx = Context.withTimeout(Context.background(), deadline);
            report.put(server, probe(ctx, server));
            ctx.cancel();
        }
        return report;
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
