package dev.channels.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.internal.Bubble;
import dev.channels.testing.SyncTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A cancelled child detaches from its parent and stops its timer: a long-lived parent that had a
 * million children retains nothing of them.
 */
@Timeout(300)
class ContextLeakTest {
    private static final int CHILDREN = Integer.getInteger("context.leak.children", 1_000_000);

    /** Creating and cancelling 1,000,000 children of one parent leaves its retained memory flat. */
    @Test
    void millionCancelledChildrenLeaveTheParentFlat() {
        SyncTest.run(() -> {
            Bubble bubble = Bubble.current();
            CancelContext parent = Context.withCancel(Context.background());
            long baseline = 0;
            for (int i = 0; i < CHILDREN; i++) {
                // Alternate the kinds that register with a parent: cancel, deadline, value+cancel.
                CancelContext child = switch (i % 3) {
                    case 0 -> Context.withCancel(parent);
                    case 1 -> Context.withTimeout(parent, Duration.ofHours(1));
                    default -> Context.withCancel(Context.withValue(parent, "request", i));
                };
                child.done();
                child.cancel();
                if (i == 10_000) {
                    baseline = usedHeapAfterGc();
                }
            }
            long after = usedHeapAfterGc();
            assertEquals(0, ((CancelCtx) parent).childCount(), "every child detached");
            assertEquals(0, bubble.pendingTimers(), "every child's timer stopped");
            assertTrue(after - baseline < 16 << 20, "heap grew by " + (after - baseline) / 1024 + " KiB");
        });
    }

    /** A burst of children alive at once, then cancelled, leaves no table behind in the parent. */
    @Test
    void burstOfLiveChildrenIsReleased() {
        CancelContext parent = Context.withCancel(Context.background());
        CancelContext[] children = new CancelContext[100_000];
        for (int i = 0; i < children.length; i++) {
            children[i] = Context.withCancel(parent);
        }
        assertEquals(children.length, ((CancelCtx) parent).childCount());
        for (CancelContext child : children) {
            child.cancel();
        }
        assertEquals(0, ((CancelCtx) parent).childCount());
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
