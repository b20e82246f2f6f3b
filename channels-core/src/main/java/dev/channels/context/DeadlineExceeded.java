package dev.channels.context;

/**
 * The context's deadline passed, or an operation could not finish before it would.
 *
 * @go {@code context.DeadlineExceeded}
 */
public final class DeadlineExceeded extends ContextError {
    private static final long serialVersionUID = 1L;

    /**
     * A new instance with Go's text, {@code "context deadline exceeded"}, and a stack trace.
     *
     * @go {@code context.DeadlineExceeded}
     */
    public DeadlineExceeded() {
        super("context deadline exceeded", true);
    }

    /**
     * A new instance with a more specific message, for operations that refuse to start because
     * they would pass a deadline (for example {@code rate: Wait(n=1) would exceed context deadline}).
     * @go an error that wraps {@code context.DeadlineExceeded}
     */
    public DeadlineExceeded(String message) {
        super(message, true);
    }

    DeadlineExceeded(boolean withStackTrace) {
        super("context deadline exceeded", withStackTrace);
    }
}
