import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.context.CancelContext;
import dev.channels.context.Context;
import dev.channels.exercises.challenges.Http;
import dev.channels.exercises.challenges.health.QuorumApi;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Decides whether a quorum of servers is up, as soon as the answer is known. */
public class HealthCheck implements QuorumApi {
    @Override
    public boolean quorum(List<URI> servers, int needed, Duration deadline) {
        CancelContext ctx = Context.withTimeout(Context.background(), deadline);
        try {
            Channel<Boolean> answers = Channel.make(servers.size());
            for (URI server : servers) {
                go(() -> answers.send(isUp(ctx, server)));
            }
            // TODO: this waits for every server (a hanging one until the deadline) before counting.
            // Count as the answers arrive, and return as soon as the answer is known: `needed` are
            // up, or so many are down that `needed` can no longer be up, or ctx.done() fires.
            int up = 0;
            for (int i = 0; i < servers.size(); i++) {
                if (answers.receive()) {
                    up++;
                }
            }
            return up >= needed;
        } finally {
            ctx.cancel();
        }
    }

    static boolean isUp(Context ctx, URI server) {
        try {
            return Http.get(ctx, server).ok();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
