package dev.channels.lincheck;

import dev.channels.ForwardingChannel;

/**
 * A deliberately broken channel: {@code trySend} checks for room, then sends, in two steps. Alone
 * it is right; when two goroutines both see room for one value, both report success and the
 * second value is lost. Every sequential test passes on it; Lincheck must not.
 */
final class LossyChannel extends ForwardingChannel {
    LossyChannel(int capacity) {
        super(capacity);
    }

    @Override
    public boolean trySend(Integer value) {
        if (inner.length() < inner.capacity()) {
            inner.trySend(value); // may find the buffer full by now: the result is dropped
            return true;
        }
        return inner.trySend(value);
    }
}
