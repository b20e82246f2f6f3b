package dev.channels;

import static dev.channels.Blocking.awaitBlocked;
import static dev.channels.Blocking.awaitBlockedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.internal.Waiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every behaviour of Channel that Go's spec names, at every capacity where capacity matters. */
@Timeout(20)
class ChannelContractTest {

    /** make(n) with n < 0 is rejected with a message naming n. */
    @Test
    void negativeCapacityIsRejectedNamingIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> Channel.make(-3));
        assertTrue(e.getMessage().contains("-3"), e.getMessage());
    }

    /** make() is unbuffered and make(n) has capacity n, both empty. */
    @ForEachCapacity
    void capacityIsWhatMakeWasGiven(int capacity) {
        Channel<Integer> ch = capacity == 0 ? Channel.make() : Channel.make(capacity);
        assertEquals(capacity, ch.capacity());
        assertEquals(0, ch.length());
    }

    /** Values from one sender arrive in the order sent. */
    @ForEachCapacity
    void valuesArriveInFifoOrder(int capacity) throws Exception {
        Channel<Integer> ch = Channel.make(capacity);
        var sender = Blocking.start(() -> {
            for (int i = 0; i < 100; i++) {
                ch.send(i);
            }
        });
        for (int i = 0; i < 100; i++) {
            assertEquals(i, ch.receive());
        }
        sender.joinOrFail();
    }

    /** An unbuffered send blocks until a receiver takes the value. */
    @Test
    void unbufferedSendBlocksUntilReceived() throws Exception {
        Channel<String> ch = Channel.make();
        var sender = Blocking.start(() -> ch.send("ping"));
        awaitBlockedIn(sender.thread, Waiter.Operation.SEND);
        assertTrue(sender.thread.isAlive());
        assertEquals("ping", ch.receive());
        sender.joinOrFail();
    }

    /** A buffered send blocks exactly when the buffer is full, and len counts what is buffered. */
    @ForEachCapacity
    void bufferedSendBlocksOnlyWhenFull(int capacity) throws Exception {
        Channel<Integer> ch = Channel.make(capacity);
        for (int i = 0; i < capacity; i++) {
            ch.send(i);
            assertEquals(i + 1, ch.length());
        }
        var sender = Blocking.start(() -> ch.send(capacity));
        awaitBlockedIn(sender.thread, Waiter.Operation.SEND);
        assertEquals(capacity, ch.length());
        for (int i = 0; i <= capacity; i++) {
            assertEquals(i, ch.receive());
        }
        sender.joinOrFail();
        assertEquals(0, ch.length());
    }

    /** Values buffered before close can still be received, in order, then ok is false. */
    @ForEachCapacity
    void bufferedValuesDrainAfterClose(int capacity) {
        Channel<Integer> ch = Channel.make(capacity);
        for (int i = 0; i < capacity; i++) {
            ch.send(i);
        }
        ch.close();
        for (int i = 0; i < capacity; i++) {
            assertEquals(new Received<>(i, true), ch.receiveOk());
        }
        assertEquals(Received.closed(), ch.receiveOk());
    }

    /** A receive on a closed, drained channel returns at once with ok == false. */
    @ForEachCapacity
    void receiveOnClosedDrainedChannelReportsNotOk(int capacity) {
        Channel<String> ch = Channel.make(capacity);
        ch.close();
        Received<String> received = ch.receiveOk();
        assertFalse(received.ok());
        assertNull(received.value());
    }

    /** The plain receive on a closed, drained channel returns null, the zero value. */
    @ForEachCapacity
    void plainReceiveOnClosedChannelReturnsNull(int capacity) {
        Channel<String> ch = Channel.make(capacity);
        ch.close();
        assertNull(ch.receive());
        assertNull(ch.receive());
    }

    /** close wakes every blocked receiver with ok == false. */
    @ForEachCapacity
    void closeWakesEveryBlockedReceiver(int capacity) throws Exception {
        Channel<Integer> ch = Channel.make(capacity);
        List<Received<Integer>> results = new ArrayList<>();
        List<Blocking.Outcome> receivers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            receivers.add(Blocking.start(() -> {
                Received<Integer> r = ch.receiveOk();
                synchronizedAdd(results, r);
            }));
        }
        for (var r : receivers) {
            awaitBlockedIn(r.thread, Waiter.Operation.RECEIVE);
        }
        ch.close();
        for (var r : receivers) {
            r.joinOrFail();
        }
        assertEquals(List.of(Received.closed(), Received.closed(), Received.closed(), Received.closed(), Received.closed()), results);
    }

    /** close makes every blocked sender fail with "send on closed channel". */
    @ForEachCapacity
    void closeFailsEveryBlockedSender(int capacity) throws Exception {
        Channel<Integer> ch = Channel.make(capacity);
        for (int i = 0; i < capacity; i++) {
            ch.send(-1);
        }
        List<Blocking.Outcome> senders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int value = i;
            senders.add(Blocking.start(() -> ch.send(value)));
        }
        for (var s : senders) {
            awaitBlockedIn(s.thread, Waiter.Operation.SEND);
        }
        ch.close();
        for (var s : senders) {
            Throwable failure = s.join();
            assertInstanceOf(SendOnClosedChannelException.class, failure);
            assertEquals("send on closed channel", failure.getMessage());
        }
        // Only the values buffered before close come out: no failed send's value.
        assertEquals(IntStream.range(0, capacity).mapToObj(i -> -1).toList(), ch.stream().toList());
    }

    /** A send on a closed channel throws Go's panic text, and trySend does too. */
    @ForEachCapacity
    void sendOnClosedChannelThrows(int capacity) {
        Channel<Integer> ch = Channel.make(capacity);
        ch.close();
        var e = assertThrows(SendOnClosedChannelException.class, () -> ch.send(1));
        assertEquals("send on closed channel", e.getMessage());
        assertInstanceOf(IllegalStateException.class, e);
        assertThrows(SendOnClosedChannelException.class, () -> ch.trySend(1));
    }

    /** A second close throws "close of closed channel". */
    @ForEachCapacity
    void secondCloseThrows(int capacity) {
        Channel<Integer> ch = Channel.make(capacity);
        ch.close();
        var e = assertThrows(CloseOfClosedChannelException.class, ch::close);
        assertEquals("close of closed channel", e.getMessage());
    }

    /** for (v : ch) receives every value until the channel is closed and drained. */
    @ForEachCapacity
    void rangeEndsWhenClosedAndDrained(int capacity) throws Exception {
        Channel<Integer> ch = Channel.make(capacity);
        var sender = Blocking.start(() -> {
            try (ch) {
                for (int i = 0; i < 50; i++) {
                    ch.send(i);
                }
            }
        });
        List<Integer> seen = new ArrayList<>();
        for (int v : ch) {
            seen.add(v);
        }
        sender.joinOrFail();
        assertEquals(IntStream.range(0, 50).boxed().toList(), seen);
    }

    /** The stream view yields every value until the channel is closed and drained. */
    @ForEachCapacity
    void streamEndsWhenClosedAndDrained(int capacity) throws Exception {
        Channel<Integer> ch = Channel.make(capacity);
        var sender = Blocking.start(() -> {
            try (ch) {
                for (int i = 1; i <= 10; i++) {
                    ch.send(i);
                }
            }
        });
        assertEquals(55, ch.stream().mapToInt(Integer::intValue).sum());
        sender.joinOrFail();
    }

    /** trySend and tryReceive never block, and report "not ready" as a value, not an exception. */
    @ForEachCapacity
    void nonBlockingOperationsReportReadiness(int capacity) {
        Channel<Integer> ch = Channel.make(capacity);
        assertEquals(Optional.empty(), ch.tryReceive());
        for (int i = 0; i < capacity; i++) {
            assertTrue(ch.trySend(i));
        }
        assertFalse(ch.trySend(99), "full (or unbuffered with no receiver)");
        for (int i = 0; i < capacity; i++) {
            assertEquals(Optional.of(Received.of(i)), ch.tryReceive());
        }
        assertEquals(Optional.empty(), ch.tryReceive());
        ch.close();
        assertEquals(Optional.of(Received.closed()), ch.tryReceive());
    }

    /** trySend hands a value to a parked receiver, and tryReceive takes one from a parked sender. */
    @Test
    void nonBlockingOperationsMeetParkedPartners() throws Exception {
        Channel<String> ch = Channel.make();
        var receiver = Blocking.start(() -> assertEquals("a", ch.receive()));
        awaitBlocked(receiver.thread);
        assertTrue(ch.trySend("a"));
        receiver.joinOrFail();

        var sender = Blocking.start(() -> ch.send("b"));
        awaitBlocked(sender.thread);
        assertEquals(Optional.of(Received.of("b")), ch.tryReceive());
        sender.joinOrFail();
    }

    /** Channels do not carry null: it would be indistinguishable from the closed channel's zero value. */
    @ForEachCapacity
    void nullElementsAreRejected(int capacity) {
        Channel<String> ch = Channel.make(capacity);
        assertThrows(NullPointerException.class, () -> ch.send(null));
        assertThrows(NullPointerException.class, () -> ch.trySend(null));
        assertThrows(NullPointerException.class, () -> Select.onSend(ch, null));
    }

    /** An interrupted blocked send has no effect, throws, and leaves the interrupt status set. */
    @ForEachCapacity
    void interruptedBlockedSendHasNoEffect(int capacity) throws Exception {
        Channel<Integer> ch = Channel.make(capacity);
        for (int i = 0; i < capacity; i++) {
            ch.send(i);
        }
        var statusAfter = new boolean[1];
        var sender = Blocking.start(() -> {
            try {
                ch.send(-1);
            } finally {
                statusAfter[0] = Thread.currentThread().isInterrupted();
            }
        });
        awaitBlockedIn(sender.thread, Waiter.Operation.SEND);
        sender.thread.interrupt();
        assertInstanceOf(OperationInterruptedException.class, sender.join());
        assertTrue(statusAfter[0], "interrupt status preserved");
        assertEquals(0, ((dev.channels.internal.ChannelCore<?>) ch).queuedSenders(), "node unlinked");
        ch.close();
        assertFalse(ch.stream().anyMatch(v -> v == -1), "the interrupted send's value was never delivered");
    }

    /** An interrupted blocked receive takes nothing, throws, and leaves the interrupt status set. */
    @ForEachCapacity
    void interruptedBlockedReceiveHasNoEffect(int capacity) throws Exception {
        Channel<Integer> ch = Channel.make(capacity);
        var statusAfter = new boolean[1];
        var receiver = Blocking.start(() -> {
            try {
                ch.receive();
            } finally {
                statusAfter[0] = Thread.currentThread().isInterrupted();
            }
        });
        awaitBlockedIn(receiver.thread, Waiter.Operation.RECEIVE);
        receiver.thread.interrupt();
        assertInstanceOf(OperationInterruptedException.class, receiver.join());
        assertTrue(statusAfter[0], "interrupt status preserved");
        assertEquals(0, ((dev.channels.internal.ChannelCore<?>) ch).queuedReceivers(), "node unlinked");
        if (capacity > 0) {
            assertTrue(ch.trySend(7));
            assertEquals(7, ch.receive(), "a later value is not taken by the interrupted receiver");
        }
    }

    /**
     * interruptRacesReceive: a blocked sender is interrupted while a receiver takes its value.
     * Acceptable outcomes: the send returned and the receiver got the value (the receive won);
     * or the send threw OperationInterruptedException and the receiver got nothing (the interrupt
     * won). Never both, never neither.
     */
    @Test
    void interruptRacesReceive() throws Exception {
        int sendWon = 0;
        int interruptWon = 0;
        for (int round = 0; round < 2_000; round++) {
            Channel<Integer> ch = Channel.make();
            var sender = Blocking.start(() -> ch.send(round(1)));
            awaitBlocked(sender.thread);
            var interrupter = Thread.ofVirtual().start(sender.thread::interrupt);
            Optional<Received<Integer>> received = ch.tryReceive();
            interrupter.join();
            Throwable failure = sender.join();
            if (failure == null) {
                assertEquals(Optional.of(Received.of(1)), received, "send returned, so the value was received");
                sendWon++;
            } else {
                assertInstanceOf(OperationInterruptedException.class, failure);
                assertEquals(Optional.empty(), received, "send was interrupted, so nothing was received");
                interruptWon++;
            }
        }
        assertEquals(2_000, sendWon + interruptWon);
    }

    private static int round(int value) {
        return value;
    }

    /** A send happens-before the completion of the matching receive: plain writes are visible. */
    @ForEachCapacity
    void sendHappensBeforeReceiveCompletes(int capacity) throws Exception {
        final class Box {
            int payload; // deliberately not volatile
        }
        Channel<Box> ch = Channel.make(capacity);
        var sender = Blocking.start(() -> {
            for (int i = 1; i <= 10_000; i++) {
                Box box = new Box();
                box.payload = i;
                ch.send(box);
            }
        });
        for (int i = 1; i <= 10_000; i++) {
            assertEquals(i, ch.receive().payload);
        }
        sender.joinOrFail();
    }

    /** toString names length, capacity and closed state. */
    @Test
    void toStringShowsState() {
        Channel<Integer> ch = Channel.make(2);
        ch.send(1);
        ch.close();
        assertEquals("chan[len=1, cap=2, closed]", ch.toString());
    }

    private static <T> void synchronizedAdd(List<T> list, T value) {
        // A lock, not `synchronized`, to keep the project's rule even in tests.
        LOCK.lock();
        try {
            list.add(value);
        } finally {
            LOCK.unlock();
        }
    }

    private static final java.util.concurrent.locks.ReentrantLock LOCK = new java.util.concurrent.locks.ReentrantLock();

    static String describe(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
