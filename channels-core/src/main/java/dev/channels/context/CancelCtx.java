package dev.channels.context;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.internal.NilChannel;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/** A cancellable node of the context tree; the base of deadline and after-func nodes. */
class CancelCtx implements CancelContext {
    /*
     * Implementation overview (Go's context.go, cancelCtx)
     *
     * Each node has a lock guarding its done channel, its children and its
     * err/cause. Cancelling a node, under its lock: sets err and cause, closes
     * done, and takes its children. Then, without holding that lock, it
     * cancels the children, iteratively (a worklist, not recursion), so a
     * chain of 100,000 nodes cannot overflow the stack. Finally the node
     * detaches from its parent (removeFromParent), so a cancelled child
     * leaves nothing behind in a long-lived parent.
     *
     * Invariants, whenever a node's lock is free:
     *   C1. err != null exactly when done is closed; err never changes again.
     *   C2. err != null implies children == null: a cancelled node keeps no
     *       children, and a child registered later is cancelled at once.
     *   C3. children == null when there are none (an emptied set is
     *       dropped, so a parent that had a million children retains nothing).
     *
     * Registering with a parent (propagateCancel): a parent that can never
     * be cancelled (done() is the nil channel) is ignored; a parent that is
     * one of ours is found through value(CANCEL_CTX_KEY) and its done channel,
     * as Go does, and the child joins its children; any other (custom)
     * parent is watched by one goroutine that selects on the parent's done
     * and the child's done.
     *
     * The done channel is made on first use. A node cancelled before anyone
     * asked for it gets a shared, already-closed channel.
     *
     * Guarded by: ContextTest, ContextTreeProperties, ContextLeakTest.
     */

    /** The key under which a CancelCtx answers value() with itself (Go's cancelCtxKey). */
    static final Object CANCEL_CTX_KEY = new Object();

    private static final Channel<Void> CLOSED = closedChannel();

    final Context parent;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Channel<Void> done;     // made on first use; guarded by lock when written
    private Set<CancelCtx> children;         // C2, C3; guarded by lock
    private volatile ContextError err;       // C1; written under lock
    private Throwable cause;                 // guarded by lock

    CancelCtx(Context parent) {
        this.parent = Objects.requireNonNull(parent, "cannot create context from nil parent");
    }

    static CancelCtx create(Context parent) {
        CancelCtx ctx = new CancelCtx(parent);
        ctx.propagateCancel(parent);
        return ctx;
    }

    private static Channel<Void> closedChannel() {
        Channel<Void> ch = Channel.make();
        ch.close();
        return ch;
    }

    // ---- Context --------------------------------------------------------------------------

    @Override
    public Optional<Instant> deadline() {
        return parent.deadline();
    }

    @Override
    public ReceiveChannel<Void> done() {
        Channel<Void> d = done;
        if (d != null) {
            return d;
        }
        lock.lock();
        try {
            if (done == null) {
                done = Channel.make();
            }
            return done;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ContextError err() {
        return err;
    }

    @Override
    public Object value(Object key) {
        return valueOf(this, key);
    }

    Throwable cause() {
        lock.lock();
        try {
            return cause;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void cancel() {
        cancel(true, Context.CANCELED, null);
    }

    @Override
    public void cancel(Throwable cause) {
        cancel(true, Context.CANCELED, cause);
    }

    @Override
    public String toString() {
        return parent + ".WithCancel";
    }

    // ---- the tree -------------------------------------------------------------------------

    /** Looks a key up along the chain without recursion; answers CANCEL_CTX_KEY as Go does. */
    static Object valueOf(Context ctx, Object key) {
        Context c = ctx;
        for (;;) {
            switch (c) {
                case ValueCtx v -> {
                    if (v.key.equals(key)) {
                        return v.value;
                    }
                    c = v.parent;
                }
                case CancelCtx cc -> {
                    if (key == CANCEL_CTX_KEY) {
                        return cc;
                    }
                    c = cc.parent;
                }
                case WithoutCancelCtx w -> {
                    if (key == CANCEL_CTX_KEY) {
                        return null;
                    }
                    c = w.parent;
                }
                case EmptyContext e -> {
                    return null;
                }
                default -> {
                    return c.value(key);
                }
            }
        }
    }

    /** Arranges for this node to be cancelled when {@code parent} is. */
    final void propagateCancel(Context parent) {
        ReceiveChannel<Void> parentDone = parent.done();
        if (parentDone instanceof NilChannel<?>) {
            return; // the parent is never cancelled
        }
        if (parentDone.tryReceive().isPresent()) {
            cancel(false, parent.err(), Context.cause(parent)); // the parent is already done
            return;
        }
        CancelCtx p = ourCancelCtx(parent, parentDone);
        if (p != null) {
            p.lock.lock();
            try {
                if (p.err == null) {
                    if (p.children == null) {
                        p.children = new HashSet<>();
                    }
                    p.children.add(this);
                    return;
                }
            } finally {
                p.lock.unlock();
            }
            cancel(false, p.err, p.cause()); // the parent was cancelled meanwhile
            return;
        }
        // A custom parent: one goroutine waits for whichever is done first.
        ReceiveChannel<Void> childDone = done();
        go(() -> select(
                onReceive(parentDone, closed -> cancel(false, parent.err(), Context.cause(parent))),
                onReceive(childDone)));
    }

    /** The CancelCtx behind {@code parent}, if {@code parent} is ours or wraps ours without changing done. */
    private static CancelCtx ourCancelCtx(Context parent, ReceiveChannel<Void> parentDone) {
        if (valueOf(parent, CANCEL_CTX_KEY) instanceof CancelCtx p && p.done() == parentDone) {
            return p;
        }
        return null;
    }

    /**
     * Cancels this node and its subtree with {@code err} and {@code cause} (or err, if cause is
     * null); detaches it from its parent if {@code removeFromParent}.
     */
    void cancel(boolean removeFromParent, ContextError err, Throwable cause) {
        Objects.requireNonNull(err, "context: internal error: missing cancel error");
        Throwable why = cause == null ? err : cause;
        ArrayDeque<CancelCtx> work = new ArrayDeque<>();
        if (!markCancelled(err, why, work)) {
            return;
        }
        for (CancelCtx next; (next = work.poll()) != null; ) {
            next.markCancelled(err, why, work);
        }
        if (removeFromParent) {
            detachFromParent();
        }
    }

    /** Sets err and cause and closes done, once; queues the children. Returns false if already done. */
    private boolean markCancelled(ContextError err, Throwable cause, ArrayDeque<CancelCtx> work) {
        lock.lock();
        try {
            if (this.err != null) {
                return false;
            }
            this.err = err; // before done closes: whoever sees done closed sees err (C1)
            this.cause = cause;
            Channel<Void> d = done;
            if (d == null) {
                done = CLOSED;
            } else {
                d.close();
            }
            if (children != null) {
                work.addAll(children);
                children = null;
            }
        } finally {
            lock.unlock();
        }
        onCancelled();
        return true;
    }

    /** Called once, after this node is marked cancelled, without its lock: stop a timer, run a function. */
    void onCancelled() {}

    /** Removes this node from its parent's children, if the parent is one of ours. */
    final void detachFromParent() {
        if (valueOf(parent, CANCEL_CTX_KEY) instanceof CancelCtx p) {
            p.lock.lock();
            try {
                if (p.children != null) {
                    p.children.remove(this);
                    if (p.children.isEmpty()) {
                        p.children = null; // C3
                    }
                }
            } finally {
                p.lock.unlock();
            }
        }
    }

    /** Children registered now; for tests of detachment. */
    final int childCount() {
        lock.lock();
        try {
            return children == null ? 0 : children.size();
        } finally {
            lock.unlock();
        }
    }
}
