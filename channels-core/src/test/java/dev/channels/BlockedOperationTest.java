package dev.channels;

import static dev.channels.Blocking.awaitBlocked;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.internal.Waiter;
import dev.channels.time.Time;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A parked goroutine's park blocker says what it is blocked in and on what: the basis for
 * goroutine dumps and deadlock detection.
 */
@Timeout(10)
class BlockedOperationTest {

    /** A blocked receive parks on a Waiter naming "chan receive" and the channel. */
    @Test
    void receiveNamesItsChannel() {
        Channel<Integer> ch = Channel.make();
        Thread t = Go.go(ch::receive);
        Waiter waiter = awaitBlocked(t);
        assertEquals(Waiter.Operation.RECEIVE, waiter.operation());
        assertEquals("chan receive", waiter.operation().goName());
        assertSame(ch, waiter.subject());
        assertSame(t, waiter.thread());
        assertTrue(waiter.toString().contains("chan receive on chan[len=0, cap=0]"), waiter.toString());
        t.interrupt(); // the goroutine logs its OperationInterruptedException at ERROR, by design
    }

    /** A blocked send parks on a Waiter naming "chan send" and the channel. */
    @Test
    void sendNamesItsChannel() {
        Channel<Integer> ch = Channel.make();
        Thread t = Go.go(() -> ch.send(1));
        Waiter waiter = awaitBlocked(t);
        assertEquals(Waiter.Operation.SEND, waiter.operation());
        assertSame(ch, waiter.subject());
        assertEquals(1, ch.receive());
    }

    /** A blocked select parks on a Waiter naming "select" and all of its channels. */
    @Test
    void selectNamesItsChannels() {
        Channel<Integer> a = Channel.make();
        Channel<Integer> b = Channel.make();
        Thread t = Go.go(() -> select(onReceive(a), onSend(b, 1)));
        Waiter waiter = awaitBlocked(t);
        assertEquals(Waiter.Operation.SELECT, waiter.operation());
        Object[] expected = {a, b};
        Object[] actual = ((Object[]) waiter.subject()).clone();
        Arrays.sort(expected, Comparator.comparingInt(System::identityHashCode));
        Arrays.sort(actual, Comparator.comparingInt(System::identityHashCode));
        assertArrayEquals(expected, actual);
        a.send(1);
    }

    /** A sleeping goroutine parks on a Waiter naming "sleep". */
    @Test
    void sleepIsNamed() {
        Thread t = Go.go(() -> Time.sleep(Duration.ofDays(1)));
        Waiter waiter = awaitBlocked(t);
        assertEquals(Waiter.Operation.SLEEP, waiter.operation());
        assertTrue(System.nanoTime() - waiter.sinceNanos() >= 0);
        t.interrupt(); // the goroutine logs its OperationInterruptedException at ERROR, by design
    }
}
