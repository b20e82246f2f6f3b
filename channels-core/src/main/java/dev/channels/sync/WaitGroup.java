package dev.channels.sync;

import dev.channels.Go;
import dev.channels.Goroutine;
import dev.channels.internal.WaitList;
import dev.channels.internal.Waiter;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Waits for a collection of goroutines to finish: {@link #add} the number to wait for, each calls
 * {@link #done()} when it finishes, and {@link #await()} blocks until all have. A WaitGroup may be
 * reused once {@code await} has returned, as in Go.
 *
 * {@snippet :
 * var wg = new WaitGroup();
 * for (String url : urls) {
 *     wg.go(() -> fetch(url));   // Go 1.25: wg.Go(func() { fetch(url) })
 * }
 * wg.await();
 * }
 *
 * @go {@code sync.WaitGroup}
 */
public final class WaitGroup {
    /*
     * A counter and the threads waiting for it to reach zero, under one lock.
     * Invariant: waiters is empty whenever counter == 0 and the lock is free;
     * the decrement to zero releases every waiter in the same critical
     * section, so a waiter returns exactly when the counter reaches zero.
     * Waiters park on a Waiter ("sync.WaitGroup.Wait"), like every blocking
     * operation of the library.
     *
     * Guarded by: WaitGroupTest, WaitGroupProperties.
     */

    private final ReentrantLock lock = new ReentrantLock();
    private long counter;                               // guarded by lock
    private final WaitList waiters = new WaitList();    // guarded by lock

    /**
     * Creates a WaitGroup with a counter of zero.
     *
     * @go {@code var wg sync.WaitGroup}
     */
    public WaitGroup() {}

    /**
     * Adds {@code delta}, which may be negative, to the counter. If the counter becomes zero, every
     * goroutine blocked in {@link #await()} is released.
     *
     * @throws IllegalStateException "sync: negative WaitGroup counter" if the counter would go
     *         below zero; the counter is left unchanged
     * @go {@code wg.Add(delta)}
     */
    public void add(int delta) {
        lock.lock();
        try {
            long next = counter + delta;
            if (next < 0) {
                throw new IllegalStateException("sync: negative WaitGroup counter");
            }
            counter = next;
            if (next == 0) {
                waiters.releaseAllLocked();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Decrements the counter by one.
     *
     * @throws IllegalStateException "sync: negative WaitGroup counter" if it is already zero
     * @go {@code wg.Done()}
     */
    public void done() {
        add(-1);
    }

    /**
     * Blocks until the counter is zero; returns at once if it already is.
     *
     * @throws dev.channels.OperationInterruptedException if the thread is interrupted while waiting; the
     *         interrupt status stays set
     * @go {@code wg.Wait()} (named {@code await} because {@code Object.wait()} is final)
     */
    public void await() {
        Waiter waiter;
        lock.lock();
        try {
            if (counter == 0) {
                return;
            }
            waiter = waiters.enqueueLocked(Waiter.Operation.WAITGROUP_WAIT, this);
        } finally {
            lock.unlock();
        }
        waiters.await(lock, waiter);
    }

    /**
     * Calls {@code task} in a new goroutine and adds that task to the group: {@code add(1)} now,
     * {@code done()} when the task returns or throws. An exception the task throws is logged as
     * any goroutine's is (see {@link Go#go}).
     *
     * @return the goroutine's thread
     * @go {@code wg.Go(f)} (Go 1.25)
     */
    public Thread go(Goroutine task) {
        Objects.requireNonNull(task, "task");
        add(1);
        return Go.go(() -> {
            try {
                task.run();
            } finally {
                done();
            }
        });
    }

    /** The counter, as of one instant; for tests and diagnostics. */
    long count() {
        lock.lock();
        try {
            return counter;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "WaitGroup[" + count() + "]";
    }
}
