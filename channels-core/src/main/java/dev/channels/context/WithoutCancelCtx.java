package dev.channels.context;

import java.util.Objects;

/** A context with its parent's values and none of its cancellation or deadline. */
final class WithoutCancelCtx extends UncancellableContext {
    final Context parent;

    WithoutCancelCtx(Context parent) {
        this.parent = Objects.requireNonNull(parent, "cannot create context from nil parent");
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
