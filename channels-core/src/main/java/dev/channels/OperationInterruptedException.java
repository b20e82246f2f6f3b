package dev.channels;

/**
 * Thrown when a thread is interrupted while blocked in a send, receive, select or sleep of this
 * library. The operation did not happen: no value was sent or taken, no select case ran.
 *
 * <p>The thread's interrupt status is still set when this is thrown, as with
 * {@link java.nio.channels.ClosedByInterruptException}, so code further up sees the interrupt
 * too. The exception is unchecked so that code reads like the Go it mirrors; see
 * {@code docs/adr/0001-interruption-is-unchecked.md}.
 *
 * @go none: a goroutine cannot be interrupted in Go; the closest is cancelling a context
 */
public final class OperationInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception naming the operation that was interrupted, e.g. {@code "chan send"}.
     *
     * @go none: Go has no interruption
     */
    public OperationInterruptedException(String operation) {
        super("interrupted while blocked in " + operation + "; the operation did not happen",
                new InterruptedException());
    }
}
