package dev.channels.internal;

/**
 * A FIFO of {@link WaitNode}s, doubly linked so that a waiter that gives up unlinks in O(1).
 *
 * <p>Guarded by the owning channel's lock, except {@link #size}, which is volatile so that a
 * failing non-blocking operation can read it without the lock.
 */
final class WaitQueue {
    private WaitNode head;
    private WaitNode tail;
    private volatile int size; // written under the channel lock; read without it

    /** Whether no node is queued, as of one instant; may be read without the lock. */
    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    void add(WaitNode node) {
        node.prev = tail;
        node.next = null;
        if (tail == null) {
            head = node;
        } else {
            tail.next = node;
        }
        tail = node;
        node.queue = this;
        size = size + 1;
    }

    /** Removes and returns the oldest node, or null. */
    WaitNode poll() {
        WaitNode node = head;
        if (node != null) {
            remove(node);
        }
        return node;
    }

    /** Unlinks {@code node} if it is linked into this queue. */
    void remove(WaitNode node) {
        if (node.queue != this) {
            return;
        }
        if (node.prev == null) {
            head = node.next;
        } else {
            node.prev.next = node.next;
        }
        if (node.next == null) {
            tail = node.prev;
        } else {
            node.next.prev = node.prev;
        }
        node.prev = null;
        node.next = null;
        node.queue = null;
        size = size - 1;
    }
}
