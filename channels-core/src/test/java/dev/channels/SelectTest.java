package dev.channels;

import static dev.channels.Blocking.awaitBlocked;
import static dev.channels.Blocking.awaitBlockedIn;
import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.onSend;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;
import static dev.channels.Select.selectInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.internal.ChannelCore;
import dev.channels.internal.Waiter;
import dev.channels.time.Time;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Select: Go's semantics for ready, blocked, closed, nil, default and timeout cases. */
@Timeout(20)
class SelectTest {

    /** A select takes the one ready receive case and runs only its handler. */
    @Test
    void runsTheReadyReceiveCase() {
        Channel<String> ch1 = Channel.make(1);
        Channel<String> ch2 = Channel.make(1);
        ch2.send("two");
        var got = new AtomicReference<String>();
        Case fired = select(
                onReceive(ch1, msg -> got.set("from ch1: " + msg)),
                onReceive(ch2, msg -> got.set("from ch2: " + msg)));
        assertEquals("from ch2: two", got.get());
        assertInstanceOf(Case.Receive.class, fired);
        assertSame(ch2, ((Case.Receive<?>) fired).channel());
    }

    /** A blocked select wakes when a sender arrives on any of its channels. */
    @Test
    void blockedSelectWakesOnSend() throws Exception {
        Channel<Integer> a = Channel.make();
        Channel<Integer> b = Channel.make();
        var got = new AtomicReference<String>();
        var selector = Blocking.start(() -> select(
                onReceive(a, v -> got.set("a" + v)),
                onReceive(b, v -> got.set("b" + v))));
        awaitBlockedIn(selector.thread, Waiter.Operation.SELECT);
        b.send(7);
        selector.joinOrFail();
        assertEquals("b7", got.get());
        assertNoWaiters(a, b);
    }

    /** A send case hands its value to a waiting receiver and runs its handler. */
    @Test
    void sendCaseDelivers() throws Exception {
        Channel<String> ch = Channel.make();
        var receiver = Blocking.start(() -> assertEquals("v", ch.receive()));
        awaitBlocked(receiver.thread);
        var sent = new AtomicInteger();
        select(onSend(ch, "v", sent::incrementAndGet), onTimeout(Duration.ofSeconds(30), () -> { }));
        receiver.joinOrFail();
        assertEquals(1, sent.get());
    }

    /** A blocked send case completes when a receiver arrives. */
    @Test
    void blockedSendCaseCompletesOnReceive() throws Exception {
        Channel<String> ch = Channel.make();
        Channel<String> other = Channel.make();
        var selector = Blocking.start(() -> select(onSend(ch, "x"), onReceive(other)));
        awaitBlockedIn(selector.thread, Waiter.Operation.SELECT);
        assertEquals("x", ch.receive());
        selector.joinOrFail();
        assertNoWaiters(ch, other);
    }

    /** With nothing ready, the default case runs and the select does not block. */
    @Test
    void defaultRunsWhenNothingIsReady() {
        Channel<Integer> ch = Channel.make();
        var log = new ArrayList<String>();
        select(onReceive(ch, v -> log.add("received")), onDefault(() -> log.add("nothing ready")));
        select(onSend(ch, 1, () -> log.add("sent")), onDefault(() -> log.add("channel full, dropping")));
        assertEquals(List.of("nothing ready", "channel full, dropping"), log);
        assertNoWaiters(ch);
    }

    /** A timeout case fires when nothing else becomes ready in time, and leaves no waiter behind. */
    @Test
    void timeoutFiresWhenNothingIsReady() {
        Channel<Integer> ch = Channel.make();
        var fired = select(onReceive(ch, v -> { }), onTimeout(Duration.ofMillis(20), () -> { }));
        assertInstanceOf(Case.Timeout.class, fired);
        assertNoWaiters(ch);
    }

    /** A zero or negative timeout fires at once when nothing else is ready, but loses to a ready case. */
    @Test
    void nonPositiveTimeoutFiresAtOnce() {
        Channel<Integer> ch = Channel.make(1);
        assertInstanceOf(Case.Timeout.class, select(onReceive(ch), onTimeout(Duration.ZERO, () -> { })));
        assertInstanceOf(Case.Timeout.class, select(onReceive(ch), onTimeout(Duration.ofSeconds(-1), () -> { })));
        ch.send(1);
        assertInstanceOf(Case.Receive.class, select(onReceive(ch), onTimeout(Duration.ZERO, () -> { })));
    }

    /** A Time.after channel works as an ordinary receive case. */
    @Test
    void timeAfterWorksAsACase() {
        Channel<Integer> ch = Channel.make();
        var log = new ArrayList<String>();
        select(onReceive(ch, v -> log.add("got result")), onReceive(Time.after(Duration.ofMillis(10)), t -> log.add("timed out")));
        assertEquals(List.of("timed out"), log);
    }

    /** A receive case on a closed channel is ready, with ok == false and the zero value. */
    @Test
    void receiveCaseOnClosedChannelIsReady() {
        Channel<String> closed = Channel.make();
        closed.close();
        Channel<String> idle = Channel.make();
        var result = new AtomicReference<Received<String>>();
        select(onReceive(idle), onReceiveOk(closed, (v, ok) -> result.set(new Received<>(v, ok))));
        assertEquals(Received.closed(), result.get());
        var plain = new AtomicReference<String>("unset");
        select(onReceive(closed, plain::set));
        assertNull(plain.get());
    }

    /** Closing a channel wakes a select blocked on it with ok == false. */
    @Test
    void closeWakesBlockedSelect() throws Exception {
        Channel<String> ch = Channel.make();
        Channel<String> idle = Channel.make();
        var result = new AtomicReference<Received<String>>();
        var selector = Blocking.start(() -> select(onReceive(idle), onReceiveOk(ch, (v, ok) -> result.set(new Received<>(v, ok)))));
        awaitBlockedIn(selector.thread, Waiter.Operation.SELECT);
        ch.close();
        selector.joinOrFail();
        assertEquals(Received.closed(), result.get());
        assertNoWaiters(idle);
    }

    /** A chosen send case on a closed channel throws "send on closed channel". */
    @Test
    void sendCaseOnClosedChannelThrows() {
        Channel<Integer> ch = Channel.make(1);
        ch.close();
        var e = assertThrows(SendOnClosedChannelException.class, () -> select(onSend(ch, 1)));
        assertEquals("send on closed channel", e.getMessage());
    }

    /** A select blocked in a send case throws when the channel is closed under it. */
    @Test
    void closeFailsBlockedSendCase() throws Exception {
        Channel<Integer> ch = Channel.make();
        var selector = Blocking.start(() -> select(onSend(ch, 1)));
        awaitBlockedIn(selector.thread, Waiter.Operation.SELECT);
        ch.close();
        assertInstanceOf(SendOnClosedChannelException.class, selector.join());
    }

    /** The same channel may appear in several cases; exactly one of them fires. */
    @Test
    void sameChannelInSeveralCases() throws Exception {
        Channel<Integer> ch = Channel.make();
        var fired = new AtomicInteger();
        var selector = Blocking.start(() -> select(
                onReceive(ch, v -> fired.incrementAndGet()),
                onReceive(ch, v -> fired.incrementAndGet()),
                onReceiveOk(ch, (v, ok) -> fired.incrementAndGet())));
        awaitBlockedIn(selector.thread, Waiter.Operation.SELECT);
        ch.send(1);
        selector.joinOrFail();
        assertEquals(1, fired.get());
        assertNoWaiters(ch);
        assertEquals(Optional.empty(), ch.tryReceive());
    }

    /** A select can send and receive on one channel; it never pairs with itself. */
    @Test
    void sendAndReceiveOnOneChannelDoNotPairWithEachOther() {
        Channel<Integer> ch = Channel.make();
        var fired = select(onSend(ch, 1), onReceive(ch), onTimeout(Duration.ofMillis(5), () -> { }));
        assertInstanceOf(Case.Timeout.class, fired);
        assertNoWaiters(ch);
    }

    /** select() with no cases, or only nil cases, blocks until interrupted, like select {}. */
    @Test
    void emptySelectBlocksForever() throws Exception {
        var empty = Blocking.start(() -> select());
        var onlyNil = Blocking.start(() -> select(onReceive(Channel.nil())));
        awaitBlockedIn(empty.thread, Waiter.Operation.SELECT_NO_CASES);
        awaitBlockedIn(onlyNil.thread, Waiter.Operation.SELECT_NO_CASES);
        empty.thread.interrupt();
        onlyNil.thread.interrupt();
        assertInstanceOf(OperationInterruptedException.class, empty.join());
        assertInstanceOf(OperationInterruptedException.class, onlyNil.join());
    }

    /** An interrupted blocked select fires no case, takes no value and leaves no waiter. */
    @Test
    void interruptedSelectHasNoEffect() throws Exception {
        Channel<Integer> a = Channel.make();
        Channel<Integer> b = Channel.make(1);
        b.send(0); // full, so the send cases are not ready
        var fired = new AtomicInteger();
        var statusAfter = new boolean[1];
        var selector = Blocking.start(() -> {
            try {
                select(onReceive(a, v -> fired.incrementAndGet()), onSend(b, 5, fired::incrementAndGet), onSend(b, 6));
            } finally {
                statusAfter[0] = Thread.currentThread().isInterrupted();
            }
        });
        awaitBlockedIn(selector.thread, Waiter.Operation.SELECT);
        selector.thread.interrupt();
        assertInstanceOf(OperationInterruptedException.class, selector.join());
        assertTrue(statusAfter[0], "interrupt status preserved");
        assertEquals(0, fired.get());
        assertNoWaiters(a, b);
        assertEquals(0, b.receive());
        assertEquals(Optional.empty(), b.tryReceive(), "neither 5 nor 6 was sent");
    }

    /**
     * Exactly one case fires when two counterparts race: two senders on two channels, one
     * select. Acceptable outcomes: either sender's value is taken; the other sender is still
     * blocked, its value untouched.
     */
    @Test
    void exactlyOneCaseFiresWhenCounterpartsRace() throws Exception {
        for (int round = 0; round < 500; round++) {
            Channel<Integer> a = Channel.make();
            Channel<Integer> b = Channel.make();
            var fired = new AtomicInteger();
            var selector = Blocking.start(() -> select(onReceive(a, v -> fired.incrementAndGet()), onReceive(b, v -> fired.incrementAndGet())));
            awaitBlocked(selector.thread);
            var senderA = Blocking.start(() -> a.send(1));
            var senderB = Blocking.start(() -> b.send(2));
            selector.joinOrFail();
            assertEquals(1, fired.get());
            // One sender completed; the other is blocked until we take its value.
            Optional<Received<Integer>> leftA = pollUntilSettled(a, senderA);
            Optional<Received<Integer>> leftB = pollUntilSettled(b, senderB);
            assertEquals(1, (leftA.isPresent() ? 1 : 0) + (leftB.isPresent() ? 1 : 0), "exactly one value left over");
        }
    }

    /** Waits until {@code sender} has either finished or parked, then takes what it offers. */
    private static Optional<Received<Integer>> pollUntilSettled(Channel<Integer> ch, Blocking.Outcome sender) throws Exception {
        for (;;) {
            if (!sender.thread.isAlive()) {
                sender.joinOrFail();
                return ch.tryReceive();
            }
            if (java.util.concurrent.locks.LockSupport.getBlocker(sender.thread) instanceof Waiter) {
                Optional<Received<Integer>> value = ch.tryReceive();
                sender.joinOrFail();
                return value;
            }
            Thread.yield();
        }
    }

    /** selectInOrder lets the first ready case win, every time. */
    @Test
    void selectInOrderPrefersTheFirstReadyCase() {
        Channel<Integer> stop = Channel.make(1);
        Channel<Integer> work = Channel.make(100);
        for (int i = 0; i < 100; i++) {
            work.send(i);
        }
        stop.send(0);
        var stopCase = onReceive(stop);
        assertSame(stopCase, selectInOrder(stopCase, onReceive(work)));
        for (int i = 0; i < 50; i++) {
            assertInstanceOf(Case.Receive.class, selectInOrder(onReceive(stop), onReceive(work), onDefault()));
        }
        assertEquals(50, work.length());
    }

    /** The returned case ends a loop by pattern matching, without exceptions as control flow. */
    @Test
    void returnedCaseEndsALoop() {
        Channel<Integer> jobs = Channel.make(10);
        Channel<Integer> done = Channel.make();
        for (int i = 0; i < 5; i++) {
            jobs.send(i);
        }
        done.close();
        var processed = new ArrayList<Integer>();
        int rounds = 0;
        loop:
        for (;;) {
            rounds++;
            switch (selectInOrder(onReceive(jobs, processed::add), onReceive(done, closed -> { }))) {
                case Case.Receive<?> r when r.channel() == done -> {
                    break loop;
                }
                default -> { }
            }
        }
        assertEquals(List.of(0, 1, 2, 3, 4), processed);
        assertEquals(6, rounds);
    }

    /**
     * Cases are inert values: making them touches no channel, and only the select call runs one.
     * There is no builder that could be made and then forgotten.
     */
    @Test
    void casesAreInertUntilSelected() {
        Channel<Integer> ch = Channel.make(1);
        ch.send(1);
        var ran = new AtomicInteger();
        Case receive = onReceive(ch, v -> ran.incrementAndGet());
        Case send = onSend(ch, 2, ran::incrementAndGet);
        assertEquals(1, ch.length(), "making cases took nothing");
        assertEquals(0, ran.get());
        assertSame(receive, select(receive, send));
        assertEquals(1, ran.get());
        assertEquals(0, ch.length());
    }

    /** Two default cases are rejected, as Go's compiler rejects them. */
    @Test
    void twoDefaultsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> select(onDefault(), onDefault()));
        assertTrue(e.getMessage().contains("multiple defaults in select"), e.getMessage());
    }

    /** A null case or a null channel is rejected with a message that names the problem. */
    @Test
    void nullCasesAndChannelsAreRejected() {
        var e = assertThrows(NullPointerException.class, () -> select(onDefault(), null));
        assertTrue(e.getMessage().contains("select case 1 is null"), e.getMessage());
        var e2 = assertThrows(NullPointerException.class, () -> onReceive(null));
        assertTrue(e2.getMessage().contains("Channel.nil()"), e2.getMessage());
    }

    /** A seeded select makes the same choices for the same seed. */
    @Test
    void seededSelectIsReproducible() {
        assertEquals(choices(42), choices(42));
        assertTrue(!choices(1).equals(choices(2)) || !choices(3).equals(choices(4)), "different seeds differ");
    }

    private static List<Integer> choices(long seed) {
        var seeded = Select.seeded(seed);
        Channel<Integer> a = Channel.make(100);
        Channel<Integer> b = Channel.make(100);
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            a.send(i);
            b.send(i);
            seeded.select(onReceive(a, v -> picked.add(0)), onReceive(b, v -> picked.add(1)));
            a.tryReceive();
            b.tryReceive();
        }
        return picked;
    }

    /** Many selects with a timeout on a never-ready channel leave no waiter queued. */
    @Test
    void timedOutSelectsLeaveNothingBehind() {
        Channel<Integer> never = Channel.make();
        Channel<Integer> alsoNever = Channel.make(1);
        alsoNever.send(0); // full: its send case is never ready
        for (int i = 0; i < 20_000; i++) {
            select(onReceive(never), onSend(alsoNever, 1), onTimeout(Duration.ofNanos(1), () -> { }));
        }
        assertNoWaiters(never, alsoNever);
    }

    private static void assertNoWaiters(Channel<?>... channels) {
        for (Channel<?> ch : channels) {
            var core = (ChannelCore<?>) ch;
            assertEquals(0, core.queuedReceivers(), "receivers left queued on " + ch);
            assertEquals(0, core.queuedSenders(), "senders left queued on " + ch);
        }
    }
}
