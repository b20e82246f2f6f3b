package dev.channels.context;

/**
 * Why a context is done: {@link Canceled} or {@link DeadlineExceeded}. Its {@code toString()} is
 * Go's text alone, so {@code "gave up: " + ctx.err()} prints as Go's {@code fmt.Println} does.
 *
 * <p>{@link Context#err()} returns one of two shared instances, {@link Context#CANCELED} and
 * {@link Context#DEADLINE_EXCEEDED}, which may be compared with {@code ==} as Go code compares
 * {@code err == context.Canceled}. Operations that fail because of a context throw fresh
 * instances (with a stack trace) of the same classes, so {@code instanceof} recognises both.
 *
 * @go {@code context.Canceled}, {@code context.DeadlineExceeded}
 */
public abstract sealed class ContextError extends RuntimeException permits Canceled, DeadlineExceeded {
    private static final long serialVersionUID = 1L;

    ContextError(String message, boolean withStackTrace) {
        super(message, null, false, withStackTrace);
    }

    /**
     * Go's text: {@code "context canceled"} or {@code "context deadline exceeded"}, or a more specific message.
     *
     * @go {@code err.Error()}
     */
    @Override
    public String toString() {
        return getMessage();
    }
}
