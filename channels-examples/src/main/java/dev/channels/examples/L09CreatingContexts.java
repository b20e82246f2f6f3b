package dev.channels.examples;

import dev.channels.context.Context;
import java.time.Duration;

/**
 * Lesson 09: Context, Creating Contexts. Lines between each pair of "region" markers align
 * one-to-one with {@code src/main/go/09-creating-contexts/main.go}. Go's {@code defer cancel()}
 * is try-with-resources: leaving the block cancels.
 */
public final class L09CreatingContexts {
    static void background() {
        // region background
        // Root context — start here
        var ctx = Context.background();
        // endregion background
        Fmt.println(ctx, ctx.err());
    }

    static void withTimeout() {
        // region timeout
        // With timeout — auto-cancels after duration
        try (var ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(30))) {
            // defer cancel(): leaving this block cancels // always defer cancel to release resources
            // endregion timeout
            ctx.done().receive();
            Fmt.println("after 30s:", ctx.err());
        }
    }

    static void withCancel() {
        // region cancel
        // With manual cancellation
        var ctx = Context.withCancel(Context.background());
        // call cancel() when you want to stop everything
        // endregion cancel
        Fmt.println("before cancel:", ctx.err());
        ctx.cancel();
        Fmt.println("after cancel:", ctx.err());
    }

    public static void main(String[] args) {
        background();
        withTimeout();
        withCancel();
    }
}
