package dev.channels.examples;

import static dev.channels.Go.go;
import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;

import dev.channels.Case;
import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.context.Context;
import dev.channels.context.ContextError;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;

/**
 * Lesson 13: Rate Limiting, Token Bucket. Lines between the "region lesson" markers align
 * one-to-one with {@code src/main/go/13-token-bucket/main.go}.
 *
 * <p>The lesson's bug, kept: the filler goroutine never exits (its {@code for range ticker.C} never
 * ends, so its {@code defer ticker.Stop()} never runs). A program that makes many limiters leaks a
 * goroutine and a ticker per limiter; {@link L13TokenBucketFixed} stops it with a context.
 */
public final class L13TokenBucket {
    // region lesson
    // Allow bursts but maintain average rate
    record RateLimiter(
        Channel<Empty> tokens) {
    // }

    static RateLimiter newRateLimiter(int rate, Duration interval) {
        var rl = new RateLimiter(
            Channel.make(rate));
        // (end of the composite literal)
        // Fill tokens at the specified rate
        go(() -> {
            Ticker ticker = Time.newTicker(interval.dividedBy(rate));
            // defer ticker.Stop(): never runs, the loop below never ends
            for (Instant tick : ticker.c()) {
                select(
                    onSend(rl.tokens(), Empty.VALUE),
                    onDefault()); // bucket full, discard
                // }
            }
        });
        return rl;
    }

    ContextError await(Context ctx) {
        return switch (select(onReceive(tokens), onReceive(ctx.done()))) {
            case Case.Receive<?> c when c.channel() == tokens ->
                null;
            default ->
                ctx.err();
        };
    }

    // endregion lesson
    }

    public static void main(String[] args) {
        Instant start = Time.now();
        var rl = RateLimiter.newRateLimiter(5, Duration.ofSeconds(1)); // 5 per second: a token every 200ms
        try (var ctx = Context.withTimeout(Context.background(), Duration.ofMillis(1100))) {
            for (int i = 1; ; i++) {
                ContextError err = rl.await(ctx);
                if (err != null) {
                    Fmt.println("stopped:", err);
                    break;
                }
                Fmt.printf("request %d at %dms\n", i, Duration.between(start, Time.now()).toMillis() / 100 * 100);
            }
        }
    }
}
