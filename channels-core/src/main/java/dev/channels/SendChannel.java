package dev.channels;

/**
 * The send side of a channel: what code given a {@code chan<- T} may do.
 *
 * <p>A {@link Channel} is a {@code SendChannel}, so a channel converts to this type implicitly,
 * as a Go channel converts to {@code chan<- T}. Code holding only a {@code SendChannel} cannot
 * receive: the methods are not there, so the mistake is a compile error.
 *
 * <p>{@link #close()} makes {@code try (out) { ... }} the Java spelling of {@code defer close(out)}.
 *
 * <p>Implemented only by this library; use {@link Channel#make()}.
 *
 * @param <T> the element type
 * @go {@code chan<- T}
 */
public interface SendChannel<T> extends AutoCloseable {

    /**
     * Sends {@code value}, blocking until a receiver takes it or, if this channel is buffered,
     * until the buffer has room. Blocks forever on the nil channel.
     *
     * <p>If the channel is closed before or while this call waits, it throws
     * {@link SendOnClosedChannelException} and the value is not delivered.
     *
     * <p>Memory consistency effects: actions in a thread before {@code send} happen-before
     * actions after the matching receive returns in another thread.
     *
     * @param value the value to send; not {@code null}
     * @throws SendOnClosedChannelException if this channel is closed
     * @throws OperationInterruptedException if the thread is interrupted while waiting; the value
     *         was not delivered, and the interrupt status stays set
     * @throws NullPointerException if {@code value} is null
     * @go {@code ch <- value}
     */
    void send(T value);

    /**
     * Sends {@code value} only if that can happen without blocking: a receiver is waiting, or the
     * buffer has room. A full channel is not an error: the result is {@code false}.
     *
     * @param value the value to send; not {@code null}
     * @return whether the value was sent
     * @throws SendOnClosedChannelException if this channel is closed
     * @throws NullPointerException if {@code value} is null
     * @go {@code select { case ch <- value: return true; default: return false }}
     */
    boolean trySend(T value);

    /**
     * Closes this channel. Values already buffered can still be received; then every receive
     * returns at once with {@code ok == false}. Every receiver blocked now wakes with
     * {@code ok == false}; every sender blocked now fails with {@link SendOnClosedChannelException}.
     *
     * @throws CloseOfClosedChannelException if this channel is already closed
     * @throws CloseOfNilChannelException if this is the nil channel
     * @go {@code close(ch)}
     */
    @Override
    void close();

    /**
     * Returns the number of values buffered, as of one instant.
     *
     * @return values in the buffer; 0 for an unbuffered channel
     * @go {@code len(ch)}
     */
    int length();

    /**
     * Returns the buffer's size.
     *
     * @return the capacity given to {@link Channel#make(int)}; 0 for an unbuffered or nil channel
     * @go {@code cap(ch)}
     */
    int capacity();
}
