package dev.channels.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Blocking;
import dev.channels.Channel;
import dev.channels.OperationInterruptedException;
import dev.channels.internal.Waiter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** WaitGroup: Go's semantics, including Go 1.25's wg.Go and reuse after Wait. */
@Timeout(20)
class WaitGroupTest {

    /** await returns at once on a zero counter. */
    @Test
    void awaitOnZeroReturnsAtOnce() {
        new WaitGroup().await();
    }

    /** await blocks until every done() has been called, then returns. */
    @Test
    void awaitBlocksUntilTheCounterIsZero() throws Exception {
        var wg = new WaitGroup();
        wg.add(3);
        Thread waiter = Thread.ofVirtual().start(wg::await);
        assertEquals(Waiter.Operation.WAITGROUP_WAIT, Blocking.awaitBlocked(waiter).operation());
        wg.done();
        wg.done();
        assertTrue(waiter.isAlive());
        wg.done();
        waiter.join();
        assertEquals(0, wg.count());
    }

    /** A negative counter throws Go's panic text and leaves the counter unchanged. */
    @Test
    void negativeCounterThrows() {
        var wg = new WaitGroup();
        var e = assertThrows(IllegalStateException.class, wg::done);
        assertEquals("sync: negative WaitGroup counter", e.getMessage());
        wg.add(1);
        assertThrows(IllegalStateException.class, () -> wg.add(-2));
        assertEquals(1, wg.count());
    }

    /** wg.go runs the task in a goroutine and counts it until it returns or throws. */
    @Test
    void goCountsTheTask() {
        var wg = new WaitGroup();
        var ran = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            int n = i;
            wg.go(() -> {
                ran.incrementAndGet();
                if (n % 10 == 0) {
                    throw new IllegalStateException("task " + n + " fails; its done() still runs");
                }
            });
        }
        wg.await();
        assertEquals(100, ran.get());
        assertEquals(0, wg.count());
    }

    /** A WaitGroup can be reused once await has returned. */
    @Test
    void reuseAfterWait() {
        var wg = new WaitGroup();
        for (int round = 0; round < 5; round++) {
            Channel<Integer> results = Channel.make(10);
            for (int i = 0; i < 10; i++) {
                int v = i;
                wg.go(() -> results.send(v));
            }
            wg.await();
            assertEquals(10, results.length());
        }
    }

    /** An interrupted await throws and leaves the group as it was. */
    @Test
    void interruptedAwaitThrows() throws Exception {
        var wg = new WaitGroup();
        wg.add(1);
        var failure = new AtomicReference<Throwable>();
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                wg.await();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        Blocking.awaitBlocked(waiter);
        waiter.interrupt();
        waiter.join();
        assertInstanceOf(OperationInterruptedException.class, failure.get());
        assertEquals(1, wg.count());
        wg.done();
        wg.await();
    }
}
