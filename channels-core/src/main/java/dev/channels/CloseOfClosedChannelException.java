package dev.channels;

/**
 * Thrown by closing a channel that is already closed.
 *
 * @go {@code panic: close of closed channel}
 */
public final class CloseOfClosedChannelException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with Go's panic text.
     *
     * @go {@code close(ch)} on a closed channel panics with this text
     */
    public CloseOfClosedChannelException() {
        super("close of closed channel");
    }
}
