package dev.channels.internal;

import dev.channels.Channel;
import dev.channels.CloseOfNilChannelException;
import dev.channels.OperationInterruptedException;
import dev.channels.Received;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Go's nil channel: sends and receives block until the thread is interrupted, select never chooses
 * its cases, close fails. One stateless instance serves every element type.
 *
 * <p>Not part of the public API: use {@link Channel#nil()}.
 */
public final class NilChannel<T> implements Channel<T> {
    private static final NilChannel<?> INSTANCE = new NilChannel<>();

    private NilChannel() {}

    /** The nil channel. */
    @SuppressWarnings("unchecked")
    public static <T> NilChannel<T> instance() {
        return (NilChannel<T>) INSTANCE;
    }

    /** Parks until interrupted, then throws; a blocked forever operation, as in Go. */
    static RuntimeException blockForever(Waiter.Operation operation) {
        Waiter waiter = new Waiter(operation, INSTANCE);
        waiter.await(); // nobody can complete it: returns only on interrupt
        return new OperationInterruptedException(operation.goName());
    }

    @Override
    public void send(T value) {
        Objects.requireNonNull(value, ChannelCore.NULL_ELEMENT);
        throw blockForever(Waiter.Operation.SEND_NIL);
    }

    @Override
    public boolean trySend(T value) {
        Objects.requireNonNull(value, ChannelCore.NULL_ELEMENT);
        return false;
    }

    @Override
    public void close() {
        throw new CloseOfNilChannelException();
    }

    @Override
    public T receive() {
        throw blockForever(Waiter.Operation.RECEIVE_NIL);
    }

    @Override
    public Received<T> receiveOk() {
        throw blockForever(Waiter.Operation.RECEIVE_NIL);
    }

    @Override
    public Optional<Received<T>> tryReceive() {
        return Optional.empty();
    }

    @Override
    public int length() {
        return 0;
    }

    @Override
    public int capacity() {
        return 0;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                throw blockForever(Waiter.Operation.RECEIVE_NIL);
            }

            @Override
            public T next() {
                throw blockForever(Waiter.Operation.RECEIVE_NIL);
            }
        };
    }

    @Override
    public Stream<T> stream() {
        return Stream.generate(this::receive);
    }

    @Override
    public Channel<T> named(String name) {
        return this; // the one nil channel is shared; it keeps no name
    }

    @Override
    public String toString() {
        return "chan(nil)";
    }
}
