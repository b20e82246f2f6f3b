package dev.channels;

import static dev.channels.Blocking.awaitBlockedIn;
import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.channels.internal.Waiter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The nil channel: blocks forever, never ready in select, cannot be closed. */
@Timeout(10)
class NilChannelTest {

    /** A send on the nil channel blocks until the thread is interrupted. */
    @Test
    void sendBlocksForever() throws Exception {
        Channel<Integer> ch = Channel.nil();
        var sender = Blocking.start(() -> ch.send(1));
        awaitBlockedIn(sender.thread, Waiter.Operation.SEND_NIL);
        sender.thread.interrupt();
        assertInstanceOf(OperationInterruptedException.class, sender.join());
    }

    /** A receive (and a range) on the nil channel blocks until the thread is interrupted. */
    @Test
    void receiveBlocksForever() throws Exception {
        Channel<Integer> ch = Channel.nil();
        var receiver = Blocking.start(() -> ch.receive());
        var ranger = Blocking.start(() -> {
            for (int ignored : ch) {
                throw new AssertionError("a nil channel yields nothing");
            }
        });
        awaitBlockedIn(receiver.thread, Waiter.Operation.RECEIVE_NIL);
        awaitBlockedIn(ranger.thread, Waiter.Operation.RECEIVE_NIL);
        receiver.thread.interrupt();
        ranger.thread.interrupt();
        assertInstanceOf(OperationInterruptedException.class, receiver.join());
        assertInstanceOf(OperationInterruptedException.class, ranger.join());
    }

    /** close of the nil channel throws Go's panic text. */
    @Test
    void closeThrows() {
        var e = assertThrows(CloseOfNilChannelException.class, () -> Channel.nil().close());
        assertEquals("close of nil channel", e.getMessage());
    }

    /** Non-blocking operations on the nil channel are never ready; len and cap are 0. */
    @Test
    void nonBlockingOperationsAreNeverReady() {
        Channel<String> ch = Channel.nil();
        assertFalse(ch.trySend("x"));
        assertEquals(Optional.empty(), ch.tryReceive());
        assertEquals(0, ch.length());
        assertEquals(0, ch.capacity());
    }

    /** A select never chooses a nil-channel case, send or receive. */
    @Test
    void selectNeverChoosesNilCases() {
        Channel<String> nil = Channel.nil();
        var fallback = onDefault();
        for (int i = 0; i < 100; i++) {
            assertSame(fallback, select(onReceive(nil), onSend(nil, "x"), fallback));
        }
    }
}
