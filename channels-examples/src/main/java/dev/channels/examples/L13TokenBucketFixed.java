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
 * Lesson 13, corrected: the token bucket of {@link L13TokenBucket} with a filler goroutine that
 * ends. The limiter takes a context; when it is cancelled, the filler returns and its deferred
 * {@code ticker.Stop()} (here: leaving the try block) finally runs. Nothing is left behind, which
 * the fake-clock bubble checks.
 */
public final class L13TokenBucketFixed {
    record RateLimiter(Channel<Empty> tokens) {

        static RateLimiter newRateLimiter(Context ctx, int rate, Duration interval) {
            var rl = new RateLimiter(Channel.make(rate));
            go(() -> {
                try (Ticker ticker = Time.newTicker(interval.dividedBy(rate))) {
                    Case stop = onReceive(ctx.done());
                    for (;;) {
                        // Wait for a tick, or stop when the limiter's context ends.
                        if (select(onReceive(ticker.c()), stop) == stop) {
                            return;
                        }
                        select(onSend(rl.tokens(), Empty.VALUE), onDefault()); // bucket full, discard
                    }
                }
            });
            return rl;
        }

        ContextError await(Context ctx) {
            return switch (select(onReceive(tokens), onReceive(ctx.done()))) {
                case Case.Receive<?> c when c.channel() == tokens -> null;
                default -> ctx.err();
            };
        }
    }

    public static void main(String[] args) {
        Instant start = Time.now();
        try (var limiterCtx = Context.withCancel(Context.background());
             var ctx = Context.withTimeout(Context.background(), Duration.ofMillis(1100))) {
            var rl = RateLimiter.newRateLimiter(limiterCtx, 5, Duration.ofSeconds(1));
            for (int i = 1; ; i++) {
                ContextError err = rl.await(ctx);
                if (err != null) {
                    Fmt.println("stopped:", err);
                    break;
                }
                Fmt.printf("request %d at %dms\n", i, Duration.between(start, Time.now()).toMillis() / 100 * 100);
            }
        } // cancelling limiterCtx ends the filler goroutine
    }
}
