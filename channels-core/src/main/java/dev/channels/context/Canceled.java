package dev.channels.context;

/**
 * The context was canceled: its cancel function ran, or an ancestor's did.
 *
 * @go {@code context.Canceled}
 */
public final class Canceled extends ContextError {
    private static final long serialVersionUID = 1L;

    /**
     * A new instance with Go's text, {@code "context canceled"}, and a stack trace.
     *
     * @go {@code context.Canceled}
     */
    public Canceled() {
        super("context canceled", true);
    }

    Canceled(boolean withStackTrace) {
        super("context canceled", withStackTrace);
    }
}
