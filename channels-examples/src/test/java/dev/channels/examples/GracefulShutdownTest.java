package dev.channels.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The graceful-shutdown lesson in a child JVM, under a real SIGTERM from outside. */
@Timeout(60)
class GracefulShutdownTest {

    /** A SIGTERM that arrives while a request is in flight loses nothing: the request completes, the JVM exits 0. */
    @Test
    void sigtermLetsTheInFlightRequestFinish() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort(); // a free port for the child
        }
        Process child = ChildJvm.start(List.of("-Dlesson.port=" + port), Lessons.class, "graceful-shutdown", "serve");
        var lines = new ArrayList<String>();
        var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest slow = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build();
        CompletableFuture<HttpResponse<String>> response = null;
        for (int attempt = 0; response == null; attempt++) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/absent")).build(), HttpResponse.BodyHandlers.discarding());
                response = client.sendAsync(slow, HttpResponse.BodyHandlers.ofString()); // the server is up
            } catch (java.net.ConnectException notYet) {
                CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)).join(); // wait for the child to listen
            }
        }
        String first = reader.readLine();
        lines.add(first);
        assertEquals("handling /slow", first, "the request is in flight");
        child.toHandle().destroy(); // SIGTERM, as Kubernetes sends it
        for (String line; (line = reader.readLine()) != null; ) {
            lines.add(line);
        }
        assertEquals(0, child.waitFor(), "exit status");
        assertEquals(List.of("handling /slow", "shutting down...", "finished /slow"), lines);
        HttpResponse<String> r = response.get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals("done\n", r.body());
    }
}
