package dev.channels.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Blocking;
import dev.channels.Channel;
import dev.channels.context.Context;
import dev.channels.internal.Waiter;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Group: errgroup's semantics, and no exception lost. */
@Timeout(20)
class GroupTest {

    /** await returns null when every task succeeds, after all have finished. */
    @Test
    void awaitReturnsNullWhenAllSucceed() {
        var g = new Group();
        var done = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            g.go(done::incrementAndGet);
        }
        assertNull(g.await());
        assertEquals(50, done.get());
    }

    /** The first exception is returned; later ones are attached as suppressed, none is lost. */
    @Test
    void firstExceptionWinsAndLaterOnesAreSuppressed() {
        var g = Group.withContext(Context.background());
        g.go(() -> {
            throw new IOException("one");
        });
        g.go(() -> {
            g.context().done().receive(); // runs on only after "one" was recorded
            throw new IllegalStateException("two");
        });
        Throwable err = g.await();
        assertEquals("one", err.getMessage());
        assertEquals(1, err.getSuppressed().length);
        assertEquals("two", err.getSuppressed()[0].getMessage());
    }

    /** withContext: the first error cancels the derived context, with the error as its cause. */
    @Test
    void firstErrorCancelsTheContext() {
        var g = Group.withContext(Context.background());
        Context ctx = g.context();
        var boom = new IllegalStateException("boom");
        g.go(() -> {
            throw boom;
        });
        g.go(() -> ctx.done().receive()); // a sibling that stops when the context is cancelled
        assertSame(boom, g.await());
        assertSame(Context.CANCELED, ctx.err());
        assertSame(boom, Context.cause(ctx));
    }

    /** withContext: await cancels the context even when every task succeeded. */
    @Test
    void awaitCancelsTheContext() {
        var g = Group.withContext(Context.background());
        g.go(() -> { });
        assertNull(g.await());
        assertSame(Context.CANCELED, g.context().err());
    }

    /** setLimit bounds the active goroutines; go blocks and tryGo refuses beyond it. */
    @Test
    void limitBoundsActiveGoroutines() throws Exception {
        var g = new Group();
        g.setLimit(2);
        Channel<Integer> release = Channel.make();
        var active = new AtomicInteger();
        var peak = new AtomicInteger();
        Group.Task task = () -> {
            peak.accumulateAndGet(active.incrementAndGet(), Math::max);
            release.receive();
            active.decrementAndGet();
        };
        assertTrue(g.tryGo(task));
        assertTrue(g.tryGo(task));
        assertFalse(g.tryGo(task), "the limit is reached");
        var e = assertThrows(IllegalStateException.class, () -> g.setLimit(5));
        assertEquals("errgroup: modify limit while 2 goroutines in the group are still active", e.getMessage());
        Thread starter = Thread.ofVirtual().start(() -> g.go(task)); // blocks until a slot frees
        assertEquals(Waiter.Operation.SEND, Blocking.awaitBlocked(starter).operation());
        for (int i = 0; i < 3; i++) {
            release.send(i);
        }
        starter.join();
        assertNull(g.await());
        assertEquals(2, peak.get());
    }

    /** A group made without a context says so when asked for one. */
    @Test
    void contextOfAPlainGroupIsAnError() {
        var e = assertThrows(IllegalStateException.class, () -> new Group().context());
        assertTrue(e.getMessage().contains("withContext"));
    }
}
