package dev.channels.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.channels.Blocking;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** WaitGroup.await returns exactly when the counter reaches zero: not before, and not never. */
@Timeout(120)
class WaitGroupProperties {

    /**
     * Over random sequences of positive adds and dones that return to zero, waiters stay blocked
     * while the counter is positive and all return once it is zero.
     */
    @Test
    void awaitReturnsExactlyWhenTheCounterReachesZero() {
        qt().withExamples(100)
                .forAll(lists().of(integers().between(1, 5)).ofSizeBetween(1, 10), integers().between(1, 4))
                .checkAssert((adds, waiters) -> {
                    try {
                        check(adds, waiters);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    private static void check(List<Integer> adds, int waiterCount) throws InterruptedException {
        var wg = new WaitGroup();
        int total = 0;
        for (int add : adds) {
            wg.add(add);
            total += add;
        }
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < waiterCount; i++) {
            waiters.add(Thread.ofVirtual().start(wg::await));
        }
        for (Thread w : waiters) {
            Blocking.awaitBlocked(w);
        }
        for (int remaining = total; remaining > 0; remaining--) {
            for (Thread w : waiters) {
                assertTrue(w.isAlive(), "a waiter returned with the counter at " + remaining);
            }
            wg.done();
        }
        for (Thread w : waiters) {
            w.join();
        }
        assertEquals(0, wg.count());
    }
}
