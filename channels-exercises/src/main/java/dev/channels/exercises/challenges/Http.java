package dev.channels.exercises.challenges;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.context.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An HTTP GET that a {@link Context} can cancel, for the challenges: Go's
 * {@code http.NewRequestWithContext(ctx, "GET", url, nil)} followed by {@code client.Do(req)}.
 *
 * <p>The request runs on the JDK's {@link HttpClient}; this thread waits on a select between the
 * exchange finishing and {@code ctx.done()}. When the context wins, the exchange is cancelled
 * (the JDK then closes its connection) and the context's error is thrown, as Go's client returns it.
 */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {}

    /**
     * A response: its status code and its whole body.
     *
     * @param status the HTTP status code, e.g. 200 or 503
     * @param body the body's bytes (empty when there is none)
     */
    public record Response(int status, byte[] body) {
        /** Whether the status is 2xx. */
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * GETs {@code uri}, giving up when {@code ctx} is done.
     *
     * @throws IOException when the server cannot be reached or the exchange fails
     * @throws dev.channels.context.ContextError ({@code ctx.err()}) when the context is done first
     */
    public static Response get(Context ctx, URI uri) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> exchange =
                CLIENT.sendAsync(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        Channel<Void> finished = Channel.make();
        exchange.whenComplete((response, failure) -> finished.close());
        try {
            boolean[] cancelled = {false};
            select(onReceive(ctx.done(), done -> cancelled[0] = true), onReceive(finished));
            if (cancelled[0]) {
                throw ctx.err();
            }
            HttpResponse<byte[]> response = exchange.join();
            return new Response(response.statusCode(), response.body());
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } finally {
            exchange.cancel(true); // nothing when it is done; otherwise the JDK aborts the exchange
        }
    }
}
