package dev.channels.context;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A context with its parent's values and none of its cancellation or deadline. */
final class WithoutCancelCtx implements Context {
    final Context parent;

    WithoutCancelCtx(Context parent) {
        this.parent = Objects.requireNonNull(parent, "cannot create context from nil parent");
    }

    @Override
    public Optional<Instant> deadline() {
        return Optional.empty();
    }

    @Override
    public ReceiveChannel<Void> done() {
        return Channel.nil();
    }

    @Override
    public ContextError err() {
        return null;
    }

    @Override
    public Object value(Object key) {
        return CancelCtx.valueOf(this, key);
    }

    @Override
    public String toString() {
        return parent + ".WithoutCancel";
    }
}
