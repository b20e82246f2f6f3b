package dev.channels.context;

import dev.channels.ReceiveChannel;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A context that binds one key to one value and delegates everything else to its parent. */
final class ValueCtx implements Context {
    final Context parent;
    final Object key;
    final Object value;

    ValueCtx(Context parent, Object key, Object value) {
        this.parent = Objects.requireNonNull(parent, "cannot create context from nil parent");
        this.key = Objects.requireNonNull(key, "nil key");
        this.value = value;
    }

    @Override
    public Optional<Instant> deadline() {
        return parent.deadline();
    }

    @Override
    public ReceiveChannel<Void> done() {
        return parent.done();
    }

    @Override
    public ContextError err() {
        return parent.err();
    }

    @Override
    public Object value(Object key) {
        return CancelCtx.valueOf(this, key);
    }

    @Override
    public String toString() {
        return parent + ".WithValue(" + key + ", " + value + ")";
    }
}
