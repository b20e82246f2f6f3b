import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

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
            int up = 0;
            int down = 0;
            while (up < needed && servers.size() - down >= needed) {
                Boolean[] answer = {null};
                select(onReceive(answers, a -> answer[0] = a), onReceive(ctx.done()));
                if (answer[0] == null) {
                    return false; // the deadline
                }
                if (answer[0]) {
                    up++;
                } else {
                    down++;
                }
            }
            return up >= needed;
        } finally {
            ctx.cancel(); // the probes still waiting give up
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
