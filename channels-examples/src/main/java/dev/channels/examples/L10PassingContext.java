package dev.channels.examples;

import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import com.sun.net.httpserver.HttpServer;
import dev.channels.Case;
import dev.channels.context.Context;
import dev.channels.context.DeadlineExceeded;
import dev.channels.time.Time;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lesson 10: Context, Passing Context. Lines between each pair of "region" markers align
 * one-to-one with {@code src/main/go/10-passing-context/main.go}. Go's error results are
 * exceptions in {@code fetchPods} (the Java convention for I/O) and a returned value in
 * {@code processItems}, which returns {@code ctx.Err()} as the lesson does.
 *
 * <p>{@code fetchPods} calls a real HTTP server on loopback: the context's deadline is the request's
 * timeout, and cancelling the context aborts the request in flight.
 */
public final class L10PassingContext {
    /** What the API server lists: a name and a phase. Prints as Go prints the struct. */
    record Pod(String name, String phase) {
        private static final Pattern JSON = Pattern.compile("\\{\"name\":\"([^\"]*)\",\"phase\":\"([^\"]*)\"}");

        static List<Pod> parseList(String json) {
            List<Pod> pods = new ArrayList<>();
            Matcher m = JSON.matcher(json);
            while (m.find()) {
                pods.add(new Pod(m.group(1), m.group(2)));
            }
            return pods;
        }

        @Override
        public String toString() {
            return "{" + name + " " + phase + "}";
        }
    }

    /** The pods endpoint of the API server that main starts on loopback. */
    static String url;

    static Exception process(String item) {
        if (item.startsWith("bad")) {
            return new IllegalArgumentException("cannot process " + item);
        }
        return null;
    }

    // region fetch
    // Every function that does I/O should take context as first param
    static List<Pod> fetchPods(Context ctx, String namespace) throws IOException {
        HttpRequest.Builder req = ContextHttp.newRequestWithContext(ctx, "GET", url);
        // ...
        // if err != nil {
        //     return nil, err: a malformed request has already thrown
        // }
        req.uri(java.net.URI.create(url + "?namespace=" + namespace));
        HttpResponse<String> resp = ContextHttp.send(ctx, req.build());
        // if err != nil {
        //     return nil, err: a failed exchange, or the end of ctx, throws
        // }
        // defer resp.Body.Close(): the body was read whole
        List<Pod> pods;
        pods = Pod.parseList(resp.body());
        return pods;
    }

    // endregion fetch

    // region items
    // Checking for cancellation in loops
    static Exception processItems(Context ctx, List<String> items) {
        for (String item : items) {
            switch (select(onReceive(ctx.done()), onDefault())) {
                case Case.Receive<?> done ->
                    { return ctx.err(); } // "context canceled" or "context deadline exceeded"
                default -> { }
            }
            Exception err = process(item); if (err != null) {
                return err;
            }
        }
        return null;
    }

    // endregion items

    /** Answers like a tiny Kubernetes API server; the "slow" namespace takes 2 seconds. */
    static HttpServer serve() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/pods";
        server.createContext("/api/v1/pods", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String namespace = query == null ? "" : query.replace("namespace=", "");
            if (namespace.equals("slow")) {
                Time.sleep(Duration.ofSeconds(2));
            }
            byte[] body = ("[{\"name\":\"" + namespace + "-api-1\",\"phase\":\"Running\"},{\"name\":\"" + namespace + "-db-1\",\"phase\":\"Pending\"}]")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            try (OutputStream out = exchange.getResponseBody()) {
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            } catch (IOException clientGone) {
                // the client aborted: its context ended
            }
        });
        server.start();
        return server;
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = serve();
        try {
            try (var ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(1))) {
                List<Pod> pods = fetchPods(ctx, "default");
                Fmt.println("default:", pods, null);
            }

            var ctx = Context.withTimeout(Context.background(), Duration.ofMillis(100));
            List<Pod> pods = List.of();
            Exception err = null;
            try {
                pods = fetchPods(ctx, "slow");
            } catch (DeadlineExceeded | IOException e) {
                err = e;
            }
            ctx.cancel();
            Fmt.println("slow:", pods, err instanceof DeadlineExceeded, ctx.err());

            List<String> items = List.of("a", "b", "bad-c", "d");
            Fmt.println("items:", processItems(Context.background(), items).getMessage());
            var cancelled = Context.withCancel(Context.background());
            cancelled.cancel();
            Fmt.println("items after cancel:", processItems(cancelled, items));
        } finally {
            server.stop(0);
        }
    }
}
