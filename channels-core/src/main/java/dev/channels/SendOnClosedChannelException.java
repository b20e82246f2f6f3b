package dev.channels;

/**
 * Thrown by a send on a closed channel, including a send blocked when the channel was closed and
 * a send case chosen by {@link Select}. The value was not delivered.
 *
 * @go {@code panic: send on closed channel}
 */
public final class SendOnClosedChannelException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with Go's panic text.
     *
     * @go {@code ch <- v} on a closed channel panics with this text
     */
    public SendOnClosedChannelException() {
        super("send on closed channel");
    }
}
