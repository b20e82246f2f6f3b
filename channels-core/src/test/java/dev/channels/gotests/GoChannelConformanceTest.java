package dev.channels.gotests;

import static dev.channels.Go.go;
import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.channels.Blocking;
import dev.channels.Channel;
import dev.channels.Goroutine;
import dev.channels.OperationInterruptedException;
import dev.channels.ReceiveChannel;
import dev.channels.Received;
import dev.channels.SendChannel;
import dev.channels.SendOnClosedChannelException;
import dev.channels.internal.Waiter;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Go's own channel tests from the Go repository's {@code test/chan/}, ported to this library: one
 * nested class per Go file. Where a Go test waits 100 ms to decide that a call "blocked", the port
 * instead waits until the thread is parked in the library (deterministic, no sleep). Files not
 * yet ported are listed as disabled, so the gap shows in every test report.
 */
@Timeout(60)
class GoChannelConformanceTest {

    /** test/chan/fifo.go: channels are pure FIFOs, buffered and unbuffered (a daisy chain of readers). */
    @Nested
    class Fifo {
        static final int N = 10;

        @Test
        void asynchFifo() {
            Channel<Integer> ch = Channel.make(N);
            for (int i = 0; i < N; i++) {
                ch.send(i);
            }
            for (int i = 0; i < N; i++) {
                assertEquals(i, ch.receive());
            }
        }

        /** Each link waits for its turn, then must read exactly its value. */
        static void chain(ReceiveChannel<Integer> ch, int val, ReceiveChannel<Integer> in, SendChannel<Integer> out,
                AtomicReference<Throwable> failure) {
            in.receive();
            int got = ch.receive();
            if (got != val) {
                failure.set(new AssertionError("link " + val + " received " + got));
            }
            out.send(1);
        }

        @Test
        void synchFifo() {
            Channel<Integer> ch = Channel.make();
            Channel<Integer> in = Channel.make();
            Channel<Integer> start = in;
            var failure = new AtomicReference<Throwable>();
            for (int i = 0; i < N; i++) {
                Channel<Integer> out = Channel.make();
                ReceiveChannel<Integer> linkIn = in;
                int val = i;
                go(() -> chain(ch, val, linkIn, out, failure));
                in = out;
            }
            start.send(0);
            for (int i = 0; i < N; i++) {
                ch.send(i);
            }
            in.receive();
            assertNull(failure.get());
        }
    }

    /**
     * test/chan/doubleselect.go: a sender selects over four channels; if two cases of one select
     * ever both ran, the same value would arrive twice.
     */
    @Nested
    class DoubleSelect {
        static final int ITERATIONS = 100_000;

        static void sender(int n, SendChannel<Integer> c1, SendChannel<Integer> c2, SendChannel<Integer> c3, SendChannel<Integer> c4) {
            try (c1; c2; c3; c4) {
                for (int i = 0; i < n; i++) {
                    select(onSend(c1, i), onSend(c2, i), onSend(c3, i), onSend(c4, i));
                }
            }
        }

        /** Forwards in to out; the last mux to see its input closed closes out. */
        static void mux(SendChannel<Integer> out, ReceiveChannel<Integer> in, Channel<Integer> done) {
            for (int v : in) {
                out.send(v);
            }
            done.send(1);
        }

        @Test
        void noValueIsDeliveredTwice() {
            Channel<Integer> c1 = Channel.make();
            Channel<Integer> c2 = Channel.make();
            Channel<Integer> c3 = Channel.make();
            Channel<Integer> c4 = Channel.make();
            Channel<Integer> cmux = Channel.make();
            Channel<Integer> muxDone = Channel.make(4);
            go(() -> sender(ITERATIONS, c1, c2, c3, c4));
            for (Channel<Integer> c : java.util.List.of(c1, c2, c3, c4)) {
                go(() -> mux(cmux, c, muxDone));
            }
            go(() -> {
                for (int i = 0; i < 4; i++) {
                    muxDone.receive();
                }
                cmux.close();
            });
            Set<Integer> seen = new HashSet<>();
            for (int v : cmux) {
                assertTrue(seen.add(v), "got duplicate value: " + v);
            }
            assertEquals(ITERATIONS, seen.size());
        }
    }

    /** test/chan/select3.go: which operations block and which panic, for nil, closed and ready channels. */
    @Nested
    class Select3 {
        private final Channel<Integer> nilch = Channel.nil();
        private final Channel<Integer> closedch = Channel.make();

        Select3() {
            closedch.close();
        }

        private void unreachable() {
            fail("control flow shouldn't reach here");
        }

        /** Runs f on a goroutine and returns once it is parked in the library; then stops it. */
        private void alwaysBlocks(Goroutine f) throws InterruptedException {
            var ended = new AtomicReference<Throwable>();
            Thread t = Thread.ofVirtual().start(() -> {
                try {
                    f.run();
                    ended.set(new AssertionError("did not block"));
                } catch (OperationInterruptedException expected) {
                    // we interrupted it once it had blocked
                } catch (Throwable other) {
                    ended.set(other);
                }
            });
            while (!(LockSupport.getBlocker(t) instanceof Waiter)) {
                if (!t.isAlive()) {
                    fail("ended instead of blocking: " + ended.get());
                }
                Thread.yield();
            }
            t.interrupt();
            t.join();
            assertNull(ended.get());
        }

        /** Runs f on this thread: it must return without blocking (the test's timeout guards it). */
        private void neverBlocks(Goroutine f) throws Exception {
            f.run();
        }

        @Test
        void nilChannelOperationsBlock() throws Exception {
            alwaysBlocks(() -> nilch.send(7));
            alwaysBlocks(nilch::receive);
        }

        @Test
        void nilChannelCasesAreNeverSelected() {
            select(onSend(nilch, 7, this::unreachable), onDefault());
            select(onReceive(nilch, v -> unreachable()), onDefault());
        }

        @Test
        void sendToBufferWithRoomNeverBlocks() throws Exception {
            neverBlocks(() -> Channel.<Integer>make(1).send(7));
        }

        @Test
        void receiveFromClosedNeverBlocks() throws Exception {
            neverBlocks(() -> {
                for (int i = 0; i < 10; i++) {
                    assertNull(closedch.receive(), "expected zero value when reading from closed channel");
                    assertEquals(Received.closed(), closedch.receiveOk(), "expected 0, false from closed channel");
                }
            });
        }

        @Test
        void sendToClosedPanics() {
            assertThrows(SendOnClosedChannelException.class, () -> closedch.send(7));
        }

        @Test
        void receiveFromNonReadyBlocks() throws Exception {
            alwaysBlocks(() -> Channel.<Integer>make().receive());
        }

        @Test
        void emptySelectBlocks() throws Exception {
            alwaysBlocks(() -> select());
        }

        @Test
        void selectsWithOnlyNilChannelsBlock() throws Exception {
            alwaysBlocks(() -> select(onReceive(nilch, v -> unreachable())));
            alwaysBlocks(() -> select(onSend(nilch, 7, this::unreachable)));
            alwaysBlocks(() -> select(onReceive(nilch, v -> unreachable()), onSend(nilch, 7, this::unreachable)));
        }

        @Test
        void selectsWithNonReadyChannelsBlock() throws Exception {
            Channel<Integer> ch = Channel.make();
            alwaysBlocks(() -> select(onReceive(ch, v -> unreachable())));
        }

        @Test
        void selectsWithDefaultDoNotBlock() throws Exception {
            neverBlocks(() -> select(onDefault()));
            neverBlocks(() -> select(onReceive(nilch, v -> unreachable()), onDefault()));
            neverBlocks(() -> select(onSend(nilch, 7, this::unreachable), onDefault()));
        }

        @Test
        void selectsWithReadyChannelsDoNotBlock() throws Exception {
            neverBlocks(() -> {
                Channel<Integer> ch = Channel.make(1);
                select(onSend(ch, 7), onDefault(this::unreachable));
            });
            neverBlocks(() -> {
                Channel<Integer> ch = Channel.make(1);
                ch.send(7);
                select(onReceive(ch), onDefault(this::unreachable));
            });
        }

        @Test
        void selectsWithClosedChannelsBehaveLikeOrdinaryOperations() throws Exception {
            neverBlocks(() -> select(onReceive(closedch)));
            neverBlocks(() -> select(onReceive(closedch, x -> { })));
            neverBlocks(() -> select(onReceiveOk(closedch, (x, ok) -> assertFalse(ok))));
            assertThrows(SendOnClosedChannelException.class, () -> select(onSend(closedch, 7)));
        }

        @Test
        void selectIsNotConfusedWhenItSeesItself() throws Exception {
            Channel<Integer> c = Channel.make();
            alwaysBlocks(() -> select(onSend(c, 1), onReceive(c)));
        }
    }

    /** test/chan/select7.go: every pairing of plain and select send with plain and select receive. */
    @Nested
    class Select7 {
        static void recv1(ReceiveChannel<Integer> c) {
            c.receive();
        }

        static void recv2(ReceiveChannel<Integer> c) {
            select(onReceive(c));
        }

        static void recv3(ReceiveChannel<Integer> c) {
            Channel<Integer> c2 = Channel.make();
            select(onReceive(c), onReceive(c2));
        }

        static void send1(Consumer<ReceiveChannel<Integer>> recv) {
            Channel<Integer> c = Channel.make();
            go(() -> recv.accept(c));
            Thread.yield(); // runtime.Gosched()
            c.send(1);
        }

        static void send2(Consumer<ReceiveChannel<Integer>> recv) {
            Channel<Integer> c = Channel.make();
            go(() -> recv.accept(c));
            Thread.yield();
            select(onSend(c, 1));
        }

        static void send3(Consumer<ReceiveChannel<Integer>> recv) {
            Channel<Integer> c = Channel.make();
            go(() -> recv.accept(c));
            Thread.yield();
            Channel<Integer> c2 = Channel.make();
            select(onSend(c, 1), onSend(c2, 1));
        }

        @Test
        void allPairingsComplete() {
            for (int round = 0; round < 100; round++) {
                send1(Select7::recv1);
                send2(Select7::recv1);
                send3(Select7::recv1);
                send1(Select7::recv2);
                send2(Select7::recv2);
                send3(Select7::recv2);
                send1(Select7::recv3);
                send2(Select7::recv3);
                send3(Select7::recv3);
            }
        }
    }

    /** test/chan/sieve1.go: the prime sieve, a daisy chain of filter goroutines. */
    @Nested
    class Sieve1 {
        static void generate(SendChannel<Integer> ch) {
            for (int i = 2; ; i++) {
                ch.send(i);
            }
        }

        static void filter(ReceiveChannel<Integer> in, SendChannel<Integer> out, int prime) {
            for (int i : in) {
                if (i % prime != 0) {
                    out.send(i);
                }
            }
        }

        static void sieve(SendChannel<Integer> primes) {
            Channel<Integer> generated = Channel.make();
            go(() -> generate(generated));
            ReceiveChannel<Integer> ch = generated;
            for (;;) {
                int prime = ch.receive();
                primes.send(prime);
                Channel<Integer> ch1 = Channel.make();
                ReceiveChannel<Integer> in = ch;
                go(() -> filter(in, ch1, prime));
                ch = ch1;
            }
        }

        @Test
        void primesUpTo100() {
            Channel<Integer> primes = Channel.make();
            Thread sieve = go(() -> sieve(primes));
            int[] a = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97};
            for (int expected : a) {
                assertEquals(expected, primes.receive());
            }
            sieve.interrupt(); // Go leaves the sieve's goroutines running; we stop the head of the chain
        }
    }

    /** test/chan/nonblock.go: non-blocking send and receive, buffered and unbuffered, with parked partners. */
    @Nested
    class Nonblock {
        @Test
        void nonBlockingOperationsMeetPartners() throws Exception {
            for (int size = 0; size < 2; size++) {
                int buffer = size;
                Channel<String> cs = Channel.make(buffer);
                Channel<Boolean> sync = Channel.make();
                assertTrue(cs.tryReceive().isEmpty(), "blocked ssender");

                Thread receiver = go(() -> {
                    assertEquals("hello", cs.receive());
                    sync.send(true);
                });
                Blocking.awaitBlocked(receiver);
                assertTrue(cs.trySend("hello"), "sreceiver buffer=" + buffer);
                sync.receive();

                int b = buffer;
                Thread sender = go(() -> {
                    cs.send("hello again");
                    sync.send(true);
                });
                if (b > 0) {
                    sync.receive();
                } else {
                    Blocking.awaitBlocked(sender);
                }
                assertEquals("hello again", cs.tryReceive().orElseThrow().value(), "ssender buffer=" + buffer);
                if (b == 0) {
                    sync.receive();
                }
            }
        }
    }

    /**
     * test/chan/select6.go (Go issue 2075): a select's failed case must not corrupt the channel's
     * queue when other waiters sit on it; later waiters on that channel must still wake.
     */
    @Nested
    class Select6 {
        @Test
        void failedCasesLeaveTheQueueIntact() {
            for (int round = 0; round < 200; round++) {
                Channel<Boolean> c1 = Channel.make();
                Channel<Boolean> c2 = Channel.make();
                Channel<Boolean> c3 = Channel.make();
                go(c1::receive);
                go(() -> {
                    select(
                            onReceive(c1, v -> fail("dummy")),
                            onReceive(c2, v -> c3.send(true)));
                    c1.receive();
                });
                go(() -> c2.send(true));
                c3.receive();
                c1.send(true);
                c1.send(true);
            }
        }
    }

    /** test/chan/goroutines.go: a chain of 10,000 goroutines, each passing one value left, torn down cleanly. */
    @Nested
    class Goroutines {
        static void f(SendChannel<Integer> left, ReceiveChannel<Integer> right) {
            left.send(right.receive());
        }

        @Test
        void tenThousandGoroutinesThreadedTogether() {
            int n = 10_000;
            Channel<Integer> leftmost = Channel.make();
            Channel<Integer> right = leftmost;
            Channel<Integer> left = leftmost;
            for (int i = 0; i < n; i++) {
                right = Channel.make();
                Channel<Integer> l = left;
                Channel<Integer> r = right;
                go(() -> f(l, r));
                left = right;
            }
            Channel<Integer> last = right;
            go(() -> last.send(1));
            assertEquals(1, leftmost.receive());
        }
    }

    /** test/chan/select4.go: only the chosen case's assignment runs; the other case's is never evaluated. */
    @Nested
    class Select4 {
        @Test
        void onlyTheChosenCaseRuns() {
            int[] x = new int[1];
            Channel<Integer> c = Channel.make(1);
            Channel<Integer> c1 = Channel.make();
            c.send(42);
            select(
                    onReceive(c1, v -> fail("BUG: called f")),
                    onReceive(c, v -> x[0] = v));
            assertEquals(42, x[0]);
        }
    }

    @Nested
    @Disabled("not yet ported: test/chan/select.go, select2.go (memory), select5.go (generated), select8.go, "
            + "perm.go (compile errors: see DirectionalViewsTest), powser1.go, powser2.go, sendstmt.go, sieve.go, sieve2.go, zerosize.go")
    class NotYetPorted {
        @Test
        void placeholder() {
            fail("not yet ported");
        }
    }

}
