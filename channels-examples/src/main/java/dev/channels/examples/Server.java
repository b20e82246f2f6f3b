package dev.channels.examples;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.channels.Case;
import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.Go;
import dev.channels.context.Context;
import dev.channels.context.ContextError;
import dev.channels.time.Time;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A small twin of Go's {@code http.Server} over the JDK's {@link HttpServer}: handlers registered
 * with {@link #handleFunc} (Go's default mux), {@link #listenAndServe()} on a virtual-thread
 * executor, and {@link #shutdown(Context)}, which stops accepting and lets in-flight requests
 * finish until the context ends.
 *
 * @go {@code http.Server}, {@code http.HandleFunc}, {@code srv.ListenAndServe()}, {@code srv.Shutdown(ctx)}
 */
final class Server {
    private static final Map<String, HttpHandler> DEFAULT_MUX = new LinkedHashMap<>();

    private final String addr;
    private final Channel<Empty> closed = Channel.make();
    private volatile HttpServer http;
    private volatile String url;

    /** A server for {@code addr}, {@code host:port}; port 0 picks a free one. */
    Server(String addr) {
        this.addr = addr;
    }

    /**
     * Registers {@code handler} for {@code path} on every server made afterwards.
     *
     * @go {@code http.HandleFunc(path, handler)}
     */
    static void handleFunc(String path, HttpHandler handler) {
        DEFAULT_MUX.put(path, handler);
    }

    /**
     * Binds, serves, and blocks until {@link #shutdown} has stopped the server.
     *
     * @go {@code srv.ListenAndServe()}
     */
    void listenAndServe() {
        int colon = addr.lastIndexOf(':');
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(addr.substring(0, colon), Integer.parseInt(addr.substring(colon + 1))), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            DEFAULT_MUX.forEach(server::createContext);
            server.start();
            url = "http://" + addr.substring(0, colon) + ":" + server.getAddress().getPort();
            http = server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        closed.receive();
    }

    /** The server's base URL once it listens ({@code http://127.0.0.1:8080}), or null. */
    String url() {
        return url;
    }

    /**
     * Stops accepting connections and waits for in-flight requests to finish, or for {@code ctx}
     * to end, whichever comes first.
     *
     * @return null, or {@code ctx.err()} if the context ended first
     * @go {@code err := srv.Shutdown(ctx)}
     */
    ContextError shutdown(Context ctx) {
        HttpServer server = http;
        Channel<Empty> drained = Channel.make(1);
        long delaySeconds = ctx.deadline()
                .map(d -> Math.max(0, (Duration.between(Time.now(), d).toMillis() + 999) / 1000))
                .orElse((long) Integer.MAX_VALUE);
        Go.go(() -> {
            if (server != null) {
                server.stop((int) Math.min(Integer.MAX_VALUE, delaySeconds)); // waits for the exchanges in flight
            }
            drained.send(Empty.VALUE);
        });
        Case done = onReceive(ctx.done());
        ContextError err = select(onReceive(drained), done) == done ? ctx.err() : null;
        closed.close();
        return err;
    }

    /** Writes a 200 response with {@code body}. */
    static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
