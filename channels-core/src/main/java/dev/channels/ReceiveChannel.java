package dev.channels;

import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The receive side of a channel: what code given a {@code <-chan T} may do.
 *
 * <p>A {@link Channel} is a {@code ReceiveChannel}, so a channel converts to this type implicitly,
 * as a Go channel converts to {@code <-chan T}. Code holding only a {@code ReceiveChannel} cannot
 * send or close: those methods are not there, so the mistake is a compile error.
 *
 * <p>{@code for (T v : ch)} receives until the channel is closed and drained, like Go's
 * {@code for v := range ch}.
 *
 * <p>Implemented only by this library; use {@link Channel#make()}.
 *
 * @param <T> the element type
 * @go {@code <-chan T}
 */
public interface ReceiveChannel<T> extends Iterable<T> {

    /**
     * Receives a value, blocking until one is sent or the channel is closed and drained. Blocks
     * forever on the nil channel.
     *
     * <p>Returns {@code null}, this library's stand-in for Go's zero value, once the channel is
     * closed and drained. Since channels never carry {@code null}, {@code null} means exactly
     * that; use {@link #receiveOk()} to say it outright.
     *
     * @return the value received, or {@code null} if the channel is closed and drained
     * @throws OperationInterruptedException if the thread is interrupted while waiting; no value
     *         was taken, and the interrupt status stays set
     * @go {@code v := <-ch}
     */
    T receive();

    /**
     * Receives a value and says whether it came from a send, blocking like {@link #receive()}.
     *
     * @return {@code (value, true)} for a value sent, {@code (null, false)} once the channel is
     *         closed and drained
     * @throws OperationInterruptedException if the thread is interrupted while waiting; no value
     *         was taken, and the interrupt status stays set
     * @go {@code v, ok := <-ch}
     */
    Received<T> receiveOk();

    /**
     * Receives only if that can happen without blocking: a value is buffered, a sender is waiting,
     * or the channel is closed. Nothing ready is not an error: the result is empty.
     *
     * @return empty if nothing is ready; else what {@link #receiveOk()} would have returned
     * @go {@code select { case v, ok := <-ch: ...; default: ... }}
     */
    Optional<Received<T>> tryReceive();

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

    /**
     * Returns an iterator that receives: {@code hasNext()} blocks until a value arrives or the
     * channel is closed and drained. Each value is taken from the channel once, by one iterator.
     *
     * @throws OperationInterruptedException from {@code hasNext()} if the thread is interrupted
     *         while waiting
     * @go {@code for v := range ch}
     */
    @Override
    Iterator<T> iterator();

    /**
     * Returns a sequential stream of the values received until the channel is closed and
     * drained. Each element is received when the stream pulls it.
     *
     * @go {@code for v := range ch}
     */
    Stream<T> stream();
}
