package dev.channels.examples;

import static dev.channels.Go.go;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.context.Canceled;
import dev.channels.context.Context;
import dev.channels.context.DeadlineExceeded;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** fetchPods carries its context into a real HTTP request on loopback. */
@Timeout(30)
class PassingContextTest {

    /** Cancelling the context aborts the request in flight: fetchPods returns while the server still holds it. */
    @Test
    void cancellingTheContextAbortsTheRequestInFlight() throws Exception {
        Channel<Empty> arrived = Channel.make(1);
        Channel<Empty> release = Channel.make();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            arrived.send(Empty.VALUE);
            release.receive(); // hold the request until the test is done
            exchange.close();
        });
        server.start();
        try {
            L10PassingContext.url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/pods";
            var ctx = Context.withCancel(Context.background());
            Channel<Throwable> outcome = Channel.make(1);
            go(() -> {
                try {
                    L10PassingContext.fetchPods(ctx, "default");
                    outcome.send(new AssertionError("fetchPods returned"));
                } catch (Throwable t) {
                    outcome.send(t);
                }
            });
            arrived.receive(); // the request is at the server
            ctx.cancel();
            assertInstanceOf(Canceled.class, outcome.receive());
            assertEquals(0, release.length(), "the server never answered: the client gave up on its own");
        } finally {
            release.close();
            server.stop(0);
        }
    }

    /** A deadline passes into the request: a slow server's answer is abandoned with DeadlineExceeded. */
    @Test
    void deadlineAbortsASlowRequest() throws Exception {
        var server = L10PassingContext.serve();
        try (var ctx = Context.withTimeout(Context.background(), java.time.Duration.ofMillis(50))) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(DeadlineExceeded.class, () -> L10PassingContext.fetchPods(ctx, "slow"));
            assertEquals("context deadline exceeded", e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    /** processItems returns the context's error as a value, or the first item's error. */
    @Test
    void processItemsReturnsErrorsAsValues() {
        var cancelled = Context.withCancel(Context.background());
        cancelled.cancel();
        assertEquals(Context.CANCELED, L10PassingContext.processItems(cancelled, List.of("a")));
        assertTrue(L10PassingContext.processItems(Context.background(), List.of("a", "bad")).getMessage().contains("bad"));
        assertEquals(null, L10PassingContext.processItems(Context.background(), List.of("a", "b")));
    }
}
