package dev.channels.exercises.challenges;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.context.CancelContext;
import dev.channels.context.Canceled;
import dev.channels.context.Context;
import dev.channels.context.DeadlineExceeded;
import dev.channels.exercises.challenges.LoopbackServer.Answers;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The challenges' test servers answer as chosen, and Http.get gives up when its context is done. */
@Timeout(60)
class LoopbackServerAndHttpTest {
    @Test
    void failureRatesAreSpreadEvenlyAndStartWithAFailure() {
        assertEquals(List.of(503, 200, 503, 200, 503, 200), statuses(Answers.failureRate(0.5), 6));
        assertEquals(List.of(503, 200, 200, 200, 503, 200, 200, 200), statuses(Answers.failureRate(0.25), 8));
        assertEquals(List.of(200, 200, 200), statuses(Answers.failureRate(0), 3));
        assertEquals(List.of(503, 503, 503), statuses(Answers.failureRate(1), 3));
        assertEquals(List.of(503, 503, 200, 200), statuses(Answers.failFirst(2), 4));
    }

    private static List<Integer> statuses(Answers answers, int n) {
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            got.add(answers.status("/p", i));
        }
        return got;
    }

    @Test
    void answersWithTheChosenStatusAndBodyAndCountsPerPath() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(path -> Duration.ZERO, Answers.failFirst(1),
                path -> ("body of " + path).getBytes(StandardCharsets.UTF_8))) {
            URI a = server.uri("/a");
            assertEquals(503, Http.get(Context.background(), a).status());
            Http.Response second = Http.get(Context.background(), a);
            assertTrue(second.ok());
            assertArrayEquals("body of /a".getBytes(StandardCharsets.UTF_8), second.body());
            assertEquals(503, Http.get(Context.background(), server.uri("/b")).status());
            assertEquals(2, server.requests("/a"));
            assertEquals(1, server.requests("/b"));
            assertEquals(3, server.requests());
            assertEquals(3, server.arrivals().size());
        }
    }

    @Test
    void aRefusedConnectionIsAnIOException() {
        assertThrows(IOException.class, () -> Http.get(Context.background(), LoopbackServer.refusing("/healthz")));
    }

    @Test
    void aDeadlineEndsAWaitOnAServerThatHangs() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(LoopbackServer.FOREVER, Answers.always(200))) {
            CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofMillis(100));
            assertThrows(DeadlineExceeded.class, () -> Http.get(ctx, server.uri("/healthz")));
            assertEquals(1, server.peakInFlight());
        }
    }

    @Test
    void aCancelledContextFailsAtOnce() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(Duration.ZERO, Answers.always(200))) {
            CancelContext ctx = Context.withCancel(Context.background());
            ctx.cancel();
            assertThrows(Canceled.class, () -> Http.get(ctx, server.uri("/healthz")));
        }
    }

    @Test
    void closingReleasesHandlersThatHang() throws Exception {
        LoopbackServer server = LoopbackServer.start(LoopbackServer.FOREVER, Answers.always(200));
        URI hanging = server.uri("/healthz");
        Thread client = Thread.ofVirtual().start(() -> {
            try {
                Http.get(Context.background(), hanging);
            } catch (IOException expected) {
                // the server went away without answering
            }
        });
        server.awaitRequests(1);
        server.close();
        server.close(); // a second close does nothing
        client.join(); // the @Timeout fails the test if the handler kept the exchange open
    }
}
