package dev.channels.internal;

/**
 * One case of one blocked operation, queued in one channel.
 *
 * <p>All fields but {@link #waiter} and {@link #caseIndex} are guarded by the channel's lock,
 * except that the owner reads {@link #item} and {@link #closed} after it has seen its waiter
 * completed through this node (see {@link Waiter}).
 */
final class WaitNode {
    final Waiter waiter;
    final int caseIndex;
    /** A sender's value offered, or the value handed to a receiver. */
    Object item;
    /** Set by close before it completes the waiter: receive gets ok == false, send fails. */
    boolean closed;
    WaitNode prev;
    WaitNode next;
    /** The queue this node is linked into, or null. */
    WaitQueue queue;

    WaitNode(Waiter waiter, int caseIndex, Object item) {
        this.waiter = waiter;
        this.caseIndex = caseIndex;
        this.item = item;
    }
}
