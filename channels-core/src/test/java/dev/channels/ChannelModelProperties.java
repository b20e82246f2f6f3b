package dev.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.function.IntFunction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Single-thread sequences of operations on a channel behave exactly like {@link ChannelModel}, the
 * sequential model of Go's channel that the Lincheck tests share: a bounded FIFO queue with a
 * closed flag, exceptions included.
 */
@Timeout(120)
class ChannelModelProperties {

    /**
     * Applies one operation to the real channel and to the model; returns {actual, expected}.
     * Blocking operations run only where the model says a lone goroutine would not block; where it
     * would, the non-blocking form is checked instead.
     */
    private static String[] apply(Channel<Integer> ch, ChannelModel model, int op, int value, Duration patience) {
        return switch (op) {
            case 0 -> new String[] {ChannelOps.trySend(ch, value), model.trySend(value)};
            case 1 -> new String[] {ChannelOps.tryReceive(ch), model.tryReceive()};
            case 2 -> new String[] {ChannelOps.close(ch), model.close()};
            case 3 -> new String[] {ChannelOps.length(ch), model.length()};
            case 4 -> model.sendWouldBlock()
                    ? new String[] {ChannelOps.trySend(ch, value), model.trySend(value)}
                    // The model says this cannot block; a watchdog turns a wrong block into a result.
                    : new String[] {watchdog(() -> ChannelOps.send(ch, value), patience), model.send(value)};
            default -> model.receiveWouldBlock()
                    ? new String[] {ChannelOps.tryReceive(ch), model.tryReceive()}
                    : new String[] {watchdog(() -> ChannelOps.receiveOk(ch), patience), model.receiveOk()};
        };
    }

    /**
     * Runs a blocking operation that the model says cannot block. If it blocks anyway (a broken
     * channel), a timer interrupts it after {@code patience} and the result is "blocked".
     */
    private static String watchdog(java.util.function.Supplier<String> blockingOperation, Duration patience) {
        Thread self = Thread.currentThread();
        dev.channels.time.Timer alarm = dev.channels.time.Time.afterFunc(patience, self::interrupt);
        try {
            return blockingOperation.get();
        } catch (OperationInterruptedException blocked) {
            return "blocked";
        } finally {
            if (!alarm.stop()) {
                // The alarm fired or is firing: wait for its interrupt, then clear it.
                while (!Thread.interrupted()) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    /** Every operation sequence gives the same results as the model, at every capacity 0..16. */
    @Test
    void operationSequencesMatchTheSequentialModel() {
        // A correct channel never blocks here; a second only guards against a wrong block.
        checkAgainstModel(Channel::make, Duration.ofSeconds(1));
    }

    /** The property can fail: a channel that silently drops a value when one is buffered is caught. */
    @Test
    void propertyCatchesABrokenChannel() {
        // The broken channel does block; QuickTheories then shrinks, re-running the blocking
        // example dozens of times, so a long patience made this test take from 1 s to 90 s.
        assertThrows(AssertionError.class, () -> checkAgainstModel(DroppingChannel::new, Duration.ofMillis(10)));
    }

    private static void checkAgainstModel(IntFunction<Channel<Integer>> make, Duration patience) {
        qt().withExamples(500)
                .forAll(integers().between(0, 16), lists().of(integers().between(0, 6 * 1000 - 1)).ofSizeBetween(0, 120))
                .checkAssert((capacity, encodedOps) -> {
                    Channel<Integer> ch = make.apply(capacity);
                    ChannelModel model = new ChannelModel(capacity);
                    for (int i = 0; i < encodedOps.size(); i++) {
                        int op = encodedOps.get(i) % 6;
                        int value = encodedOps.get(i) / 6;
                        // Close is rare in real programs; keep it from ending most sequences early.
                        if (op == 2 && value % 8 != 0) {
                            op = 3;
                        }
                        String[] actualAndExpected = apply(ch, model, op, value, patience);
                        assertEquals(actualAndExpected[1], actualAndExpected[0], "step " + i + " of " + describe(encodedOps) + " at capacity " + capacity);
                    }
                });
    }

    /** A deliberately broken channel: trySend reports success but drops the value when one is buffered. */
    private static final class DroppingChannel extends ForwardingChannel {
        DroppingChannel(int capacity) {
            super(capacity);
        }

        @Override
        public boolean trySend(Integer value) {
            return inner.length() == 1 || inner.trySend(value);
        }
    }

    private static String describe(List<Integer> ops) {
        StringBuilder sb = new StringBuilder();
        for (int encoded : ops) {
            sb.append(switch (encoded % 6) {
                case 0 -> "trySend(" + encoded / 6 + ")";
                case 1 -> "tryReceive";
                case 2 -> encoded / 6 % 8 == 0 ? "close" : "len";
                case 3 -> "len";
                case 4 -> "send(" + encoded / 6 + ")";
                default -> "receive";
            }).append(' ');
        }
        return sb.toString().trim();
    }
}
