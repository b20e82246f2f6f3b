package dev.channels.context;

/**
 * A context together with its cancel function, as Go's {@code ctx, cancel := context.WithCancel(p)}
 * returns them. Closing cancels, so Go's {@code defer cancel()} is try-with-resources:
 *
 * {@snippet :
 * try (var ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(30))) {
 *     fetch(ctx);
 * } // cancel(): releases the timer and detaches ctx from its parent
 * }
 *
 * @go {@code ctx, cancel := context.WithCancel(parent)}
 */
public interface CancelContext extends Context, AutoCloseable {

    /**
     * Cancels this context and its descendants, with {@link Context#CANCELED} as {@code err} and
     * cause. Does nothing if it is already done. Safe to call from any thread, any number of times.
     *
     * @go {@code cancel()}
     */
    void cancel();

    /**
     * Cancels with a cause that {@link Context#cause(Context)} reports; {@code err} is still
     * {@link Context#CANCELED}. A {@code null} cause means {@link Context#CANCELED}.
     *
     * @param cause why; may be null
     * @go {@code cancel(cause)} of {@code context.WithCancelCause}
     */
    void cancel(Throwable cause);

    /**
     * Cancels, exactly as {@link #cancel()}: the Java spelling of {@code defer cancel()}.
     *
     * @go {@code defer cancel()}
     */
    @Override
    default void close() {
        cancel();
    }

    /**
     * The cancel function alone, for code that passes it around as Go passes {@code cancel}.
     *
     * @go {@code cancel} (a {@code context.CancelFunc})
     */
    default CancelFunc cancelFunc() {
        return this::cancel;
    }
}
