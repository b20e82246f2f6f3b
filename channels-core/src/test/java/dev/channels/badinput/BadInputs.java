package dev.channels.badinput;

import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onSend;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;
import static dev.channels.badinput.BadInput.attempt;
import static dev.channels.badinput.BadInput.means;
import static dev.channels.badinput.BadInput.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Case;
import dev.channels.Channel;
import dev.channels.CloseOfClosedChannelException;
import dev.channels.CloseOfNilChannelException;
import dev.channels.ForwardingChannel;
import dev.channels.Go;
import dev.channels.ReceiveChannel;
import dev.channels.SendOnClosedChannelException;
import dev.channels.context.CancelContext;
import dev.channels.context.Canceled;
import dev.channels.context.Context;
import dev.channels.rate.Limit;
import dev.channels.rate.Limiter;
import dev.channels.signal.Signal;
import dev.channels.signal.Signals;
import dev.channels.sync.Group;
import dev.channels.sync.WaitGroup;
import dev.channels.testing.SyncTest;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import dev.channels.time.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import static dev.channels.internal.ChannelCore.NULL_ELEMENT;

/** The rows of the bad-input table, entry point by entry point. */
final class BadInputs {
    private BadInputs() {}

    private static final Duration LONG = Duration.ofHours(1);

    static List<BadInput> all() {
        return List.of(
                // Channels
                rejects("Channel.make(n)", "n = -1", IllegalArgumentException.class, "makechan: size out of range: capacity -1 is negative",
                        "nothing is made", () -> attempt(() -> Channel.make(-1))),
                rejects("ch.send(v)", "v = null", NullPointerException.class, NULL_ELEMENT,
                        "buffer, len and waiters", () -> {
                            Channel<Integer> ch = bufferedWithOne();
                            return attempt(() -> ch.send(null), () -> assertStillHoldsOne(ch));
                        }),
                rejects("ch.trySend(v)", "v = null", NullPointerException.class, NULL_ELEMENT,
                        "buffer, len and waiters", () -> {
                            Channel<Integer> ch = bufferedWithOne();
                            return attempt(() -> ch.trySend(null), () -> assertStillHoldsOne(ch));
                        }),
                rejects("ch.send(v)", "closed channel", SendOnClosedChannelException.class, "send on closed channel",
                        "buffered values still drain", () -> {
                            Channel<Integer> ch = bufferedWithOne();
                            ch.close();
                            return attempt(() -> ch.send(2), () -> assertDrainsOneThenCloses(ch));
                        }),
                rejects("ch.trySend(v)", "closed channel", SendOnClosedChannelException.class, "send on closed channel",
                        "buffered values still drain", () -> {
                            Channel<Integer> ch = bufferedWithOne();
                            ch.close();
                            return attempt(() -> ch.trySend(2), () -> assertDrainsOneThenCloses(ch));
                        }),
                rejects("ch.close()", "closed channel", CloseOfClosedChannelException.class, "close of closed channel",
                        "buffered values still drain", () -> {
                            Channel<Integer> ch = bufferedWithOne();
                            ch.close();
                            return attempt(ch::close, () -> assertDrainsOneThenCloses(ch));
                        }),
                rejects("Channel.nil().close()", "nil channel", CloseOfNilChannelException.class, "close of nil channel",
                        "still never ready", () -> {
                            Channel<Integer> nil = Channel.nil();
                            return attempt(nil::close, () -> assertFalse(nil.trySend(1)));
                        }),
                rejects("Channel.nil().trySend(v)", "v = null", NullPointerException.class, NULL_ELEMENT,
                        "", () -> attempt(() -> Channel.<Integer>nil().trySend(null))),
                // Select
                rejects("select(cases)", "cases = null", NullPointerException.class, "cases", "",
                        () -> attempt(() -> select((Case[]) null))),
                rejects("select(cases)", "a null case", NullPointerException.class, "select case 1 is null",
                        "no case fired: the value is still buffered", () -> {
                            Channel<Integer> ch = bufferedWithOne();
                            return attempt(() -> select(onReceive(ch), null), () -> assertStillHoldsOne(ch));
                        }),
                rejects("select(cases)", "two default cases", IllegalArgumentException.class, "multiple defaults in select (cases 1 and 2)",
                        "no case fired: the value is still buffered", () -> {
                            Channel<Integer> ch = bufferedWithOne();
                            return attempt(() -> select(onReceive(ch), onDefault(), onDefault()), () -> assertStillHoldsOne(ch));
                        }),
                rejects("select(cases)", "a channel not made by `Channel.make`", IllegalArgumentException.class,
                        "select accepts only channels made by Channel.make, not dev.channels.badinput.BadInputs$Foreign",
                        "no case fired: the value is still buffered", () -> {
                            Channel<Integer> ch = bufferedWithOne();
                            return attempt(() -> select(onReceive(ch), onReceive(new Foreign())), () -> assertStillHoldsOne(ch));
                        }),
                rejects("select(onSend(ch, v))", "closed channel", SendOnClosedChannelException.class, "send on closed channel",
                        "buffered values still drain", () -> {
                            Channel<Integer> ch = bufferedWithOne();
                            ch.close();
                            return attempt(() -> select(onSend(ch, 2)), () -> assertDrainsOneThenCloses(ch));
                        }),
                rejects("onReceive(ch)", "ch = null", NullPointerException.class,
                        "select case channel is null; use Channel.nil() for a case that is never ready", "",
                        () -> attempt(() -> onReceive((ReceiveChannel<Integer>) null))),
                rejects("onSend(ch, v)", "v = null", NullPointerException.class, NULL_ELEMENT, "",
                        () -> attempt(() -> onSend(Channel.<Integer>make(), null))),
                rejects("onTimeout(d, f)", "d = null", NullPointerException.class, "after", "",
                        () -> attempt(() -> onTimeout(null, () -> { }))),
                means("onTimeout(d, f)", "d = 0 or negative", "the timeout case is ready at once, as `time.After(0)` is", () -> {
                    Case timeout = onTimeout(Duration.ofSeconds(-1), () -> { });
                    return attempt(() -> assertSame(timeout, select(onReceive(Channel.<Integer>make()), timeout)));
                }),
                // Goroutines
                rejects("Go.go(body)", "body = null", NullPointerException.class, "body", "",
                        () -> attempt(() -> Go.go(null))),
                // Time
                rejects("Time.after(d)", "d = null", NullPointerException.class, "d", "",
                        () -> attempt(() -> Time.after(null))),
                means("Time.after(d)", "d = 0 or negative", "fires at once, as in Go", () -> attempt(
                        () -> assertNotNull(Time.after(Duration.ofSeconds(-5)).receive()))),
                means("Time.sleep(d)", "d = 0 or negative", "returns at once, as in Go", () -> attempt(
                        () -> SyncTest.run(() -> {
                            Instant before = Time.now();
                            Time.sleep(Duration.ofSeconds(-5));
                            assertEquals(before, Time.now());
                        }))),
                means("Time.tick(d)", "d = 0 or negative", "returns the nil channel (Go returns nil)", () -> attempt(
                        () -> assertSame(Channel.nil(), Time.tick(Duration.ZERO)))),
                rejects("Time.newTicker(d)", "d = 0 or negative", IllegalArgumentException.class, "non-positive interval for NewTicker",
                        "", () -> attempt(() -> Time.newTicker(Duration.ofSeconds(-1)))),
                rejects("ticker.reset(d)", "d = 0 or negative", IllegalArgumentException.class, "non-positive interval for Ticker.Reset",
                        "the ticker keeps its period", () -> {
                            Ticker[] ticker = new Ticker[1];
                            return attempt(() -> SyncTest.run(() -> {
                                ticker[0] = Time.newTicker(Duration.ofSeconds(2));
                                try {
                                    ticker[0].reset(Duration.ZERO);
                                } finally {
                                    Instant start = Time.now();
                                    ticker[0].c().receive();
                                    assertEquals(Duration.ofSeconds(2), Duration.between(start, Time.now()));
                                    ticker[0].stop();
                                }
                            }));
                        }),
                means("ticker.reset(d)", "a stopped ticker", "restarts it: the next tick comes `d` later, as in Go", () -> attempt(
                        () -> SyncTest.run(() -> {
                            Ticker ticker = Time.newTicker(Duration.ofSeconds(1));
                            ticker.stop();
                            ticker.reset(Duration.ofSeconds(3));
                            Instant start = Time.now();
                            ticker.c().receive();
                            assertEquals(Duration.ofSeconds(3), Duration.between(start, Time.now()));
                            ticker.stop();
                        }))),
                rejects("timer.reset(d)", "d = null", NullPointerException.class, "d", "the timer keeps its deadline", () -> {
                    Timer timer = Time.newTimer(LONG);
                    return attempt(() -> timer.reset(null), () -> assertTrue(timer.stop(), "the timer was still pending"));
                }),
                means("Time.newTimer(d)", "d = 0 or negative", "fires at once, as in Go", () -> attempt(
                        () -> assertNotNull(Time.newTimer(Duration.ofSeconds(-1)).c().receive()))),
                // Context
                rejects("Context.withCancel(parent)", "parent = null", NullPointerException.class, "cannot create context from nil parent", "",
                        () -> attempt(() -> Context.withCancel(null))),
                rejects("Context.withValue(parent, key, v)", "key = null", NullPointerException.class, "nil key", "",
                        () -> attempt(() -> Context.withValue(Context.background(), null, "v"))),
                rejects("Context.withTimeout(parent, d)", "d = null", NullPointerException.class, "timeout", "",
                        () -> attempt(() -> Context.withTimeout(Context.background(), null))),
                means("Context.withTimeout(parent, d)", "d = 0 or negative", "done at once; `err()` is \"context deadline exceeded\"", () -> attempt(() -> {
                    try (CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(-1))) {
                        ctx.done().receive();
                        assertEquals("context deadline exceeded", ctx.err().getMessage());
                    }
                })),
                means("Context.withCancel(parent)", "a cancelled parent", "the child is done at once with the parent's error", () -> attempt(() -> {
                    CancelContext parent = Context.withCancel(Context.background());
                    parent.cancel();
                    try (CancelContext child = Context.withCancel(parent)) {
                        assertTrue(child.done().tryReceive().isPresent());
                        assertEquals("context canceled", child.err().getMessage());
                    }
                })),
                rejects("Context.afterFunc(ctx, f)", "f = null", NullPointerException.class, "f", "",
                        () -> attempt(() -> Context.afterFunc(Context.background(), null))),
                means("Context.afterFunc(ctx, f)", "a cancelled context", "`f` runs at once, in its own goroutine", () -> attempt(() -> {
                    CancelContext ctx = Context.withCancel(Context.background());
                    ctx.cancel();
                    Channel<Integer> ran = Channel.make(1);
                    Context.afterFunc(ctx, () -> ran.send(1));
                    assertEquals(1, ran.receive());
                })),
                // sync
                rejects("wg.add(delta)", "counter 0, delta = -1", IllegalStateException.class, "sync: negative WaitGroup counter",
                        "the counter stays 0", () -> {
                            WaitGroup wg = new WaitGroup();
                            return attempt(() -> wg.add(-1), () -> assertWaitGroupIsZero(wg));
                        }),
                rejects("wg.done()", "counter 0", IllegalStateException.class, "sync: negative WaitGroup counter",
                        "the counter stays 0", () -> {
                            WaitGroup wg = new WaitGroup();
                            return attempt(wg::done, () -> assertWaitGroupIsZero(wg));
                        }),
                rejects("wg.go(task)", "task = null", NullPointerException.class, "task", "the counter stays 0", () -> {
                    WaitGroup wg = new WaitGroup();
                    return attempt(() -> wg.go(null), () -> assertWaitGroupIsZero(wg));
                }),
                rejects("group.setLimit(n)", "while a goroutine is active", IllegalStateException.class,
                        "errgroup: modify limit while 1 goroutines in the group are still active", "the limit stays 1", () -> {
                            Group group = new Group();
                            group.setLimit(1);
                            Channel<Integer> release = Channel.make();
                            group.go(() -> release.receive());
                            return attempt(() -> group.setLimit(5), () -> {
                                assertFalse(group.tryGo(() -> { }), "a second goroutine was let in");
                                release.send(1);
                                group.await();
                            });
                        }),
                rejects("group.go(task)", "task = null", NullPointerException.class, "task", "",
                        () -> attempt(() -> new Group().go(null))),
                means("Group.withContext(parent)", "a cancelled parent", "the group's context is done at once", () -> attempt(() -> {
                    CancelContext parent = Context.withCancel(Context.background());
                    parent.cancel();
                    assertTrue(Group.withContext(parent).context().done().tryReceive().isPresent());
                })),
                // rate
                rejects("Limit.of(r)", "r = -1", IllegalArgumentException.class, "rate: limit must be a non-negative number of events per second, not -1.0", "",
                        () -> attempt(() -> Limit.of(-1))),
                rejects("Limit.of(r)", "r = NaN", IllegalArgumentException.class, "rate: limit must be a non-negative number of events per second, not NaN", "",
                        () -> attempt(() -> Limit.of(Double.NaN))),
                means("Limit.every(d)", "d = 0 or negative", "`Limit.INF`, as Go's `Every`", () -> attempt(
                        () -> assertEquals(Limit.INF, Limit.every(Duration.ZERO)))),
                rejects("new Limiter(r, b)", "b = -1", IllegalArgumentException.class, "rate: burst must not be negative, not -1", "",
                        () -> attempt(() -> new Limiter(Limit.of(1), -1))),
                rejects("new Limiter(r, b)", "r = null", NullPointerException.class, "r", "",
                        () -> attempt(() -> new Limiter(null, 1))),
                rejects("limiter.waitN(ctx, n)", "n > burst", IllegalArgumentException.class, "rate: Wait(n=3) exceeds limiter's burst 2",
                        "no token is taken", () -> {
                            Limiter limiter = new Limiter(Limit.of(1), 2);
                            return attempt(() -> limiter.waitN(Context.background(), 3), () -> assertTrue(limiter.allowN(Instant.now(), 2)));
                        }),
                rejects("limiter.wait(ctx)", "a cancelled context", Canceled.class, "context canceled", "no token is taken", () -> {
                    Limiter limiter = new Limiter(Limit.of(1), 1);
                    CancelContext ctx = Context.withCancel(Context.background());
                    ctx.cancel();
                    return attempt(() -> limiter.wait(ctx), () -> assertTrue(limiter.allow()));
                }),
                rejects("limiter.wait(ctx)", "ctx = null", NullPointerException.class, "ctx", "no token is taken", () -> {
                    Limiter limiter = new Limiter(Limit.of(1), 1);
                    return attempt(() -> limiter.wait(null), () -> assertTrue(limiter.allow()));
                }),
                rejects("limiter.setLimit(r)", "r = null", NullPointerException.class, "newLimit", "the limit stays", () -> {
                    Limiter limiter = new Limiter(Limit.of(1), 1);
                    return attempt(() -> limiter.setLimit(null), () -> assertEquals(Limit.of(1), limiter.limit()));
                }),
                // signal
                rejects("Signals.notifyContext(parent, signals)", "parent = null", NullPointerException.class, "parent", "",
                        () -> attempt(() -> Signals.notifyContext(null, Signal.SIGTERM))),
                rejects("Signals.notifyContext(parent, signals)", "a null signal", NullPointerException.class, "signal", "",
                        () -> attempt(() -> Signals.notifyContext(Context.background(), Signal.SIGTERM, null))),
                // testing
                rejects("SyncTest.await()", "outside a bubble", IllegalStateException.class, "synctest: Wait called from outside a bubble", "",
                        () -> attempt(SyncTest::await)));
    }

    /** A channel this library did not make. */
    private static final class Foreign extends ForwardingChannel {
        Foreign() {
            super(0);
        }
    }

    private static Channel<Integer> bufferedWithOne() {
        Channel<Integer> ch = Channel.make(2);
        ch.send(1);
        return ch;
    }

    private static void assertStillHoldsOne(Channel<Integer> ch) {
        assertEquals(1, ch.length());
        assertEquals(1, ch.receive());
        assertTrue(ch.trySend(3), "the channel still takes values");
    }

    private static void assertDrainsOneThenCloses(Channel<Integer> ch) {
        assertEquals(1, ch.receive());
        assertFalse(ch.receiveOk().ok());
    }

    private static void assertWaitGroupIsZero(WaitGroup wg) {
        wg.await(); // returns at once only at zero
        wg.add(1);
        wg.done();
    }

    static void assertRejected(BadInput row, BadInput.Attempt attempt) {
        Throwable thrown = assertThrows(row.exception(), attempt.call()::run, row.entry() + " with " + row.input());
        assertEquals(row.message(), thrown.getMessage());
    }
}
