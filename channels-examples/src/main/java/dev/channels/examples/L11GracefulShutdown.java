package dev.channels.examples;

import static dev.channels.Go.go;
import static dev.channels.signal.Signal.SIGINT;
import static dev.channels.signal.Signal.SIGTERM;

import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.context.Context;
import dev.channels.signal.Signals;
import dev.channels.time.Time;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Lesson 11: Context, Graceful Shutdown. Lines between the "region lesson" markers align
 * one-to-one with {@code src/main/go/11-graceful-shutdown/main.go}.
 *
 * <p>The server listens on 127.0.0.1 (port 8080, or {@code -Dlesson.port}). Run with
 * {@code serve} it waits for a real SIGINT or SIGTERM; run without arguments it demonstrates
 * itself, as the Go program does: a client starts a slow request, and once the request is in
 * flight the program raises SIGTERM. The in-flight request finishes before the program exits 0.
 */
public final class L11GracefulShutdown {
    private static final Channel<Empty> requestStarted = Channel.make(1);
    private static volatile Server server;

    /** Go's init(): the handler, and the self-demonstration unless "serve" was asked for. */
    static void init(String[] args) {
        Server.handleFunc("/slow", exchange -> {
            Fmt.println("handling /slow");
            requestStarted.send(Empty.VALUE);
            Time.sleep(Duration.ofMillis(500)); // work that must not be cut off
            Fmt.println("finished /slow");
            Server.respond(exchange, "done\n");
        });
        if (args.length < 1 || !args[0].equals("serve")) {
            go(L11GracefulShutdown::demonstrate);
        }
    }

    /** Sends a slow request, then SIGTERM to this process while the request is in flight. */
    static void demonstrate() {
        go(() -> {
            HttpClient client = HttpClient.newHttpClient();
            for (;;) {
                Server s = server;
                if (s != null && s.url() != null) {
                    try {
                        client.send(HttpRequest.newBuilder(URI.create(s.url() + "/slow")).build(), HttpResponse.BodyHandlers.discarding());
                        return;
                    } catch (IOException notYet) {
                        // the server is not listening yet
                    }
                }
                Time.sleep(Duration.ofMillis(10));
            }
        });
        requestStarted.receive();
        sun.misc.Signal.raise(new sun.misc.Signal("TERM"));
    }

    public static void main(String[] args) {
        init(args);
        String port = System.getProperty("lesson.port", "8080");
        // region lesson
        // Create context that cancels on SIGINT/SIGTERM
        try (var ctx = Signals.notifyContext(Context.background(), SIGINT, SIGTERM)) {
            // defer stop(): leaving this block stops

            // Start server
            var srv = server = new Server("127.0.0.1:" + port);
            go(srv::listenAndServe);

            // Wait for signal
            ctx.done().receive();
            Fmt.println("shutting down...");

            // Give in-flight requests 10 seconds to finish
            try (var shutdownCtx = Context.withTimeout(Context.background(), Duration.ofSeconds(10))) {
                // defer cancel(): leaving this block cancels
                srv.shutdown(shutdownCtx);
        // endregion lesson
            }
        }
    }
}
