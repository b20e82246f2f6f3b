package dev.channels.examples;

import dev.channels.context.Canceled;
import dev.channels.context.Context;
import dev.channels.context.ContextError;
import dev.channels.context.DeadlineExceeded;
import dev.channels.context.StopFunc;
import dev.channels.time.Time;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Go's {@code http.NewRequestWithContext} for the JDK's {@link HttpClient}: the context's deadline
 * becomes the request's timeout, and cancelling the context aborts the request in flight.
 *
 * @go {@code http.NewRequestWithContext(ctx, method, url, nil)}, {@code http.DefaultClient.Do(req)}
 */
final class ContextHttp {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ContextHttp() {}

    /**
     * A request builder for {@code url} that carries {@code ctx}'s deadline as its timeout.
     *
     * @go {@code http.NewRequestWithContext(ctx, method, url, nil)}
     */
    static HttpRequest.Builder newRequestWithContext(Context ctx, String method, String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        ctx.deadline().ifPresent(deadline -> {
            Duration left = Duration.between(Time.now(), deadline);
            builder.timeout(left.isNegative() || left.isZero() ? Duration.ofNanos(1) : left);
        });
        return builder;
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
            if (ctx.deadline().isPresent() && !Time.now().isBefore(ctx.deadline().get())) {
                throw new DeadlineExceeded(); // the request's timeout, which is the deadline, ended it
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
