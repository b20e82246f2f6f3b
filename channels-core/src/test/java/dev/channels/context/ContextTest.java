package dev.channels.context;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.internal.Bubble;
import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Go's context semantics, one behaviour per test; deadlines are tested in a fake-clock bubble. */
@Timeout(20)
class ContextTest {
    private static boolean isDone(Context ctx) {
        return ctx.done().tryReceive().isPresent();
    }

    /** Background and TODO are never done, have no deadline and no values; done() is the nil channel. */
    @Test
    void rootsAreNeverDone() {
        for (Context root : new Context[] {Context.background(), Context.todo()}) {
            assertNull(root.err());
            assertEquals(Optional.empty(), root.deadline());
            assertNull(root.value("k"));
            assertSame(Channel.nil(), root.done());
        }
        assertEquals("context.Background", Context.background().toString());
        assertEquals("context.TODO", Context.todo().toString());
    }

    /** cancel() closes done, sets err to Canceled, which prints Go's text; later cancels do nothing. */
    @Test
    void cancelClosesDoneAndSetsErr() {
        CancelContext ctx = Context.withCancel(Context.background());
        ReceiveChannel<Void> done = ctx.done();
        assertFalse(isDone(ctx));
        assertNull(ctx.err());
        ctx.cancel();
        assertTrue(isDone(ctx));
        assertSame(Context.CANCELED, ctx.err());
        assertEquals("context canceled", ctx.err().toString());
        assertEquals("context canceled", Context.cause(ctx).getMessage());
        ctx.cancel();
        ctx.cancel(new IllegalStateException("late"));
        assertSame(Context.CANCELED, Context.cause(ctx), "the first cancel decides");
        assertSame(done, ctx.done());
    }

    /** try-with-resources cancels on exit: Go's defer cancel(). */
    @Test
    void closingCancels() {
        CancelContext escaped;
        try (var ctx = Context.withCancel(Context.background())) {
            escaped = ctx;
            assertNull(ctx.err());
        }
        assertSame(Context.CANCELED, escaped.err());
    }

    /** Cancelling a node cancels its subtree and nothing above it or beside it. */
    @Test
    void cancelReachesTheSubtreeOnly() {
        CancelContext root = Context.withCancel(Context.background());
        CancelContext parent = Context.withCancel(root);
        CancelContext sibling = Context.withCancel(root);
        Context child = Context.withValue(parent, "k", "v");
        CancelContext grandchild = Context.withCancel(child);
        parent.cancel();
        assertTrue(isDone(parent));
        assertTrue(isDone(child));
        assertTrue(isDone(grandchild));
        assertSame(Context.CANCELED, grandchild.err());
        assertFalse(isDone(root));
        assertFalse(isDone(sibling));
        assertEquals(0, ((CancelCtx) parent).childCount());
    }

    /** A child made under an already-cancelled parent is cancelled at once, with the parent's err and cause. */
    @Test
    void childOfCancelledParentIsCancelledAtOnce() {
        CancelContext parent = Context.withCancelCause(Context.background());
        var why = new IllegalStateException("shutting down");
        parent.cancel(why);
        CancelContext child = Context.withCancel(parent);
        assertTrue(isDone(child));
        assertSame(Context.CANCELED, child.err());
        assertSame(why, Context.cause(child));
        assertEquals(0, ((CancelCtx) parent).childCount(), "a cancelled parent keeps no children");
    }

    /** withCancelCause: cause(ctx) is the cause given, err stays Canceled; descendants share it. */
    @Test
    void cancelCauseIsReported() {
        CancelContext ctx = Context.withCancelCause(Context.background());
        Context child = Context.withValue(ctx, "k", 1);
        assertNull(Context.cause(ctx));
        var why = new RuntimeException("disk full");
        ctx.cancel(why);
        assertSame(Context.CANCELED, ctx.err());
        assertSame(why, Context.cause(ctx));
        assertSame(why, Context.cause(child));
    }

    /** A deadline cancels with DeadlineExceeded when the clock reaches it, and not before. */
    @Test
    void deadlineCancelsWithDeadlineExceeded() {
        SyncTest.run(() -> {
            Instant start = Time.now();
            CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(30));
            assertEquals(Optional.of(start.plusSeconds(30)), ctx.deadline());
            Time.sleep(Duration.ofSeconds(29));
            assertFalse(isDone(ctx));
            ctx.done().receive();
            assertEquals(start.plusSeconds(30), Time.now());
            assertSame(Context.DEADLINE_EXCEEDED, ctx.err());
            assertEquals("context deadline exceeded", ctx.err().toString());
            assertSame(Context.DEADLINE_EXCEEDED, Context.cause(ctx));
        });
    }

    /** withTimeoutCause: the cause is reported when the deadline passes; err is DeadlineExceeded. */
    @Test
    void deadlineCauseIsReported() {
        SyncTest.run(() -> {
            var why = new RuntimeException("backend too slow");
            CancelContext ctx = Context.withTimeoutCause(Context.background(), Duration.ofSeconds(1), why);
            ctx.done().receive();
            assertSame(Context.DEADLINE_EXCEEDED, ctx.err());
            assertSame(why, Context.cause(ctx));
        });
    }

    /** A child's deadline is the earlier of its own and its parent's. */
    @Test
    void childDeadlineIsTheEarlier() {
        SyncTest.run(() -> {
            Instant now = Time.now();
            CancelContext parent = Context.withDeadline(Context.background(), now.plusSeconds(10));
            CancelContext later = Context.withDeadline(parent, now.plusSeconds(20));
            CancelContext sooner = Context.withDeadline(parent, now.plusSeconds(5));
            assertEquals(Optional.of(now.plusSeconds(10)), later.deadline());
            assertEquals(Optional.of(now.plusSeconds(5)), sooner.deadline());
            later.done().receive();
            assertEquals(now.plusSeconds(10), Time.now());
            assertSame(Context.DEADLINE_EXCEEDED, later.err(), "cancelled through the parent's deadline");
            sooner.cancel();
        });
    }

    /** A deadline already in the past gives a context that is done at once. */
    @Test
    void pastDeadlineIsDoneAtOnce() {
        SyncTest.run(() -> {
            CancelContext ctx = Context.withDeadline(Context.background(), Time.now().minusSeconds(1));
            assertTrue(isDone(ctx));
            assertSame(Context.DEADLINE_EXCEEDED, ctx.err());
            CancelContext zero = Context.withTimeout(Context.background(), Duration.ZERO);
            assertSame(Context.DEADLINE_EXCEEDED, zero.err());
        });
    }

    /** Cancelling a deadline context stops its timer: nothing is left in the clock's queue. */
    @Test
    void cancelStopsTheTimer() {
        SyncTest.run(() -> {
            Bubble bubble = Bubble.current();
            CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofHours(1));
            assertEquals(1, bubble.pendingTimers());
            ctx.cancel();
            assertEquals(0, bubble.pendingTimers());
            assertSame(Context.CANCELED, ctx.err());
        });
    }

    /** Values are found along the chain; the nearest binding wins; keys compare with equals. */
    @Test
    void valuesAreLookedUpAlongTheChain() {
        Context a = Context.withValue(Context.background(), "user", "ann");
        CancelContext b = Context.withCancel(a);
        Context c = Context.withValue(b, "request", 42);
        Context d = Context.withValue(c, "user", "bob");
        assertEquals("ann", c.value("user"));
        assertEquals("bob", d.value("user"));
        assertEquals(42, d.value(new String("request")));
        assertNull(d.value("missing"));
        assertThrows(NullPointerException.class, () -> Context.withValue(a, null, 1));
        assertEquals("context.Background.WithValue(user, ann).WithCancel", b.toString());
    }

    /** withoutCancel keeps values but is never done, even when its parent is. */
    @Test
    void withoutCancelKeepsValuesOnly() {
        SyncTest.run(() -> {
            CancelContext parent = Context.withTimeout(Context.withValue(Context.background(), "k", "v"), Duration.ofSeconds(1));
            Context detached = Context.withoutCancel(parent);
            CancelContext child = Context.withCancel(detached);
            parent.cancel();
            assertNull(detached.err());
            assertEquals(Optional.empty(), detached.deadline());
            assertEquals("v", detached.value("k"));
            assertFalse(isDone(child));
            assertNull(Context.cause(detached));
        });
    }

    /** afterFunc runs f in a goroutine once the context is done; stop before then prevents it. */
    @Test
    void afterFuncRunsOnceDone() {
        CancelContext ctx = Context.withCancel(Context.background());
        Channel<String> ran = Channel.make(2);
        StopFunc stop = Context.afterFunc(ctx, () -> ran.send(Thread.currentThread().getName()));
        StopFunc stopped = Context.afterFunc(ctx, () -> ran.send("stopped one ran"));
        assertTrue(stopped.stop());
        assertFalse(stopped.stop());
        ctx.cancel();
        assertTrue(ran.receive().startsWith("goroutine-"));
        assertFalse(stop.stop(), "f already started");
        assertEquals(Optional.empty(), ran.tryReceive());
        assertEquals(0, ((CancelCtx) ctx).childCount());
    }

    /** afterFunc on a context that is already done runs f at once. */
    @Test
    void afterFuncOnDoneContextRunsAtOnce() {
        CancelContext ctx = Context.withCancel(Context.background());
        ctx.cancel();
        Channel<Integer> ran = Channel.make(1);
        Context.afterFunc(ctx, () -> ran.send(1));
        assertEquals(1, ran.receive());
    }

    /** A child of a custom Context implementation is cancelled when the custom parent's done closes. */
    @Test
    void cancellationPropagatesFromCustomParents() {
        CustomContext custom = new CustomContext();
        CancelContext child = Context.withCancel(custom);
        Context grandchild = Context.withValue(child, "k", "v");
        assertEquals("yes", grandchild.value("custom"));
        assertFalse(isDone(child));
        custom.cancel();
        grandchild.done().receive(); // through the goroutine that watches the custom parent
        assertSame(Context.CANCELED, child.err());
    }

    /** A Context implemented outside the library, as users may write one. */
    static final class CustomContext implements Context {
        private final Channel<Void> done = Channel.make();
        private volatile ContextError err;

        @Override
        public Optional<Instant> deadline() {
            return Optional.empty();
        }

        @Override
        public ReceiveChannel<Void> done() {
            return done;
        }

        @Override
        public ContextError err() {
            return err;
        }

        @Override
        public Object value(Object key) {
            return "custom".equals(key) ? "yes" : null;
        }

        void cancel() {
            err = Context.CANCELED;
            done.close();
        }
    }

    /** done() works as a select case, as in the lesson's select loop. */
    @Test
    void doneIsASelectCase() {
        CancelContext ctx = Context.withCancel(Context.background());
        Channel<Integer> jobs = Channel.make();
        var rounds = new AtomicInteger();
        var stop = onReceive(ctx.done());
        Thread.ofVirtual().start(ctx::cancel);
        while (select(onReceive(jobs), stop) != stop) {
            rounds.incrementAndGet();
        }
        assertEquals(0, rounds.get());
        assertInstanceOf(Canceled.class, ctx.err());
    }

    /** A fresh Canceled or DeadlineExceeded has a stack trace and Go's text; the shared ones do not. */
    @Test
    void errorsPrintGoText() {
        assertEquals("context canceled", new Canceled().getMessage());
        assertTrue(new Canceled().getStackTrace().length > 0);
        assertEquals(0, Context.CANCELED.getStackTrace().length);
        assertEquals("context deadline exceeded", String.valueOf(Context.DEADLINE_EXCEEDED));
    }
}
