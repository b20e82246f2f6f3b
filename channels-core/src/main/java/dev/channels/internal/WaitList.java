package dev.channels.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Threads parked until one event releases them all, for primitives such as WaitGroup that are
 * not channels. Guarded by the owner's lock.
 *
 * <p>Not part of the public API.
 */
public final class WaitList {
    private List<Waiter> waiters = new ArrayList<>(); // guarded by the owner's lock

    /** Adds a waiter for the current thread. The caller holds the owner's lock. */
    public Waiter enqueueLocked(Waiter.Operation operation, Object subject) {
        Waiter waiter = new Waiter(operation, subject);
        waiters.add(waiter);
        return waiter;
    }

    /** Removes a waiter that gave up. The caller holds the owner's lock. */
    public void removeLocked(Waiter waiter) {
        waiters.remove(waiter);
    }

    /** Completes and wakes every waiter. The caller holds the owner's lock. */
    public void releaseAllLocked() {
        if (waiters.isEmpty()) {
            return;
        }
        for (Waiter waiter : waiters) {
            if (waiter.tryComplete(0)) {
                waiter.wake();
            }
        }
        waiters = new ArrayList<>();
    }
}
