package dev.channels.internal;

import dev.channels.OperationInterruptedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

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

    /**
     * Parks until {@code waiter}, enqueued by {@link #enqueueLocked}, is released. The caller has
     * released {@code lock}, the owner's lock.
     *
     * @throws OperationInterruptedException if the thread is interrupted first; the waiter is
     *         removed, and the interrupt status stays set
     */
    public void await(ReentrantLock lock, Waiter waiter) {
        if (waiter.await() == Waiter.INTERRUPTED) {
            lock.lock();
            try {
                waiters.remove(waiter);
            } finally {
                lock.unlock();
            }
            throw new OperationInterruptedException(waiter.operation().goName());
        }
    }

    /**
     * Completes and wakes every waiter. The caller holds the owner's lock.
     *
     * @return whether there was any waiter to release
     */
    public boolean releaseAllLocked() {
        if (waiters.isEmpty()) {
            return false;
        }
        for (Waiter waiter : waiters) {
            if (waiter.tryComplete(0)) {
                waiter.wake();
            }
        }
        waiters = new ArrayList<>();
        return true;
    }
}
