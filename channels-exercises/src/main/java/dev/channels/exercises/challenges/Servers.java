package dev.channels.exercises.challenges;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The loopback servers one requirement starts, closed together when it ends. */
public final class Servers implements AutoCloseable {
    /** The path the health checks ask for. */
    public static final String HEALTH = "/healthz";

    private final List<LoopbackServer> started = new ArrayList<>();

    /** Starts a server answering after {@code latency} as {@code answers} says. */
    public LoopbackServer start(Duration latency, LoopbackServer.Answers answers) throws IOException {
        LoopbackServer server = LoopbackServer.start(latency, answers);
        started.add(server);
        return server;
    }

    /** Starts {@code count} servers alike and returns their health-check addresses. */
    public List<URI> health(int count, Duration latency, LoopbackServer.Answers answers) throws IOException {
        List<URI> uris = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            uris.add(start(latency, answers).uri(HEALTH));
        }
        return uris;
    }

    @Override
    public void close() {
        started.forEach(LoopbackServer::close);
    }
}
