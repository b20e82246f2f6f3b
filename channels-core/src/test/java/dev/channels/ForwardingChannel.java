package dev.channels;

import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/** A channel that forwards every operation to a real one: the base of deliberately broken channels. */
public abstract class ForwardingChannel implements Channel<Integer> {
    protected final Channel<Integer> inner;

    protected ForwardingChannel(int capacity) {
        inner = Channel.make(capacity);
    }

    @Override
    public boolean trySend(Integer value) {
        return inner.trySend(value);
    }

    @Override
    public void send(Integer value) {
        inner.send(value);
    }

    @Override
    public void close() {
        inner.close();
    }

    @Override
    public Integer receive() {
        return inner.receive();
    }

    @Override
    public Received<Integer> receiveOk() {
        return inner.receiveOk();
    }

    @Override
    public Optional<Received<Integer>> tryReceive() {
        return inner.tryReceive();
    }

    @Override
    public int length() {
        return inner.length();
    }

    @Override
    public int capacity() {
        return inner.capacity();
    }

    @Override
    public Iterator<Integer> iterator() {
        return inner.iterator();
    }

    @Override
    public Stream<Integer> stream() {
        return inner.stream();
    }

    @Override
    public Channel<Integer> named(String name) {
        inner.named(name);
        return this;
    }
}
