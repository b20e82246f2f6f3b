package dev.channels;

/**
 * Thrown by closing the nil channel, {@link Channel#nil()}.
 *
 * @go {@code panic: close of nil channel}
 */
public final class CloseOfNilChannelException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with Go's panic text.
     *
     * @go {@code close(ch)} on a nil channel panics with this text
     */
    public CloseOfNilChannelException() {
        super("close of nil channel");
    }
}
