package dev.channels.examples;

import dev.channels.context.Canceled;
import dev.channels.context.Context;
import dev.channels.context.ContextError;
import dev.channels.context.DeadlineExceeded;
import dev.channels.context.StopFunc;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Go's {@code http.NewRequestWithContext} for the JDK's {@link HttpClient}: when the context ends,
 * by cancellation or at its deadline, the request in flight is aborted and the context's error is
 * thrown, as Go's {@code Do} returns it. The deadline is applied through the context (its timer
 * cancels the exchange), not as a separate HTTP timeout, so the error is always the context's.
 *
 * @go {@code http.NewRequestWithContext(ctx, method, url, nil)}, {@code http.DefaultClient.Do(req)}
 */
final class ContextHttp {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ContextHttp() {}

    /**
     * A request builder for {@code url}; {@link #send} applies {@code ctx} to it.
     *
     * @go {@code http.NewRequestWithContext(ctx, method, url, nil)}
     */
    static HttpRequest.Builder newRequestWithContext(Context ctx, String method, String url) {
        Objects.requireNonNull(ctx, "nil Context");
        return HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
    }

    /**
     * Sends {@code request}; if {@code ctx} ends first, the request is aborted and the context's
     * error is thrown.
     *
     * @throws ContextError if the context was cancelled or its deadline passed
     * @throws IOException if the exchange failed
     * @go {@code http.DefaultClient.Do(req)}
     */
    static HttpResponse<String> send(Context ctx, HttpRequest request) throws IOException {
        if (ctx.err() != null) {
            throw thrown(ctx.err());
        }
        CompletableFuture<HttpResponse<String>> response = CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        StopFunc stop = Context.afterFunc(ctx, () -> response.cancel(true)); // aborts the request in flight
        try {
            return response.join();
        } catch (CancellationException | CompletionException e) {
            if (ctx.err() != null) {
                throw thrown(ctx.err());
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw cause instanceof IOException io ? io : new IOException(cause);
        } finally {
            stop.stop();
        }
    }

    private static ContextError thrown(ContextError err) {
        return err instanceof DeadlineExceeded ? new DeadlineExceeded() : new Canceled();
    }
}
