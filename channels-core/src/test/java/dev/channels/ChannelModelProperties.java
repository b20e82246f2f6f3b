package dev.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Single-thread sequences of operations on a channel behave exactly like a sequential model of
 * Go's channel: a bounded FIFO queue with a closed flag, exceptions included.
 */
@Timeout(120)
class ChannelModelProperties {

    /** Go's channel, sequentially: what one goroutine alone can observe. */
    static final class SequentialChannelModel {
        private final int capacity;
        private final ArrayDeque<Integer> buffer = new ArrayDeque<>();
        private boolean closed;

        SequentialChannelModel(int capacity) {
            this.capacity = capacity;
        }

        String trySend(int value) {
            if (closed) {
                return "panic: send on closed channel";
            }
            if (buffer.size() == capacity) {
                return "false";
            }
            buffer.add(value);
            return "true";
        }

        boolean sendWouldBlock() {
            return !closed && buffer.size() == capacity;
        }

        boolean receiveWouldBlock() {
            return !closed && buffer.isEmpty();
        }

        String tryReceive() {
            if (!buffer.isEmpty()) {
                return "(" + buffer.poll() + ", true)";
            }
            return closed ? "(null, false)" : "not ready";
        }

        String close() {
            if (closed) {
                return "panic: close of closed channel";
            }
            closed = true;
            return "closed";
        }

        String length() {
            return "len " + buffer.size() + " cap " + capacity;
        }
    }

    /** Applies one operation to the real channel and describes the result as the model does. */
    private static String apply(Channel<Integer> ch, SequentialChannelModel model, int op, int value) {
        try {
            return switch (op) {
                case 0 -> String.valueOf(ch.trySend(value));
                case 1 -> ch.tryReceive().map(r -> "(" + r.value() + ", " + r.ok() + ")").orElse("not ready");
                case 2 -> {
                    ch.close();
                    yield "closed";
                }
                case 3 -> "len " + ch.length() + " cap " + ch.capacity();
                case 4 -> {
                    if (model.sendWouldBlock()) {
                        yield String.valueOf(ch.trySend(value));
                    }
                    // The model says this cannot block; a watchdog turns a wrong block into a result.
                    yield watchdog(() -> {
                        ch.send(value);
                        return "true";
                    });
                }
                default -> {
                    if (model.receiveWouldBlock()) {
                        yield ch.tryReceive().map(r -> "(" + r.value() + ", " + r.ok() + ")").orElse("not ready");
                    }
                    yield watchdog(() -> {
                        Received<Integer> r = ch.receiveOk();
                        return "(" + r.value() + ", " + r.ok() + ")";
                    });
                }
            };
        } catch (IllegalStateException goPanic) {
            return "panic: " + goPanic.getMessage();
        }
    }

    /**
     * Runs a blocking operation that the model says cannot block. If it blocks anyway (a broken
     * channel), a timer interrupts it after a second and the result is "blocked".
     */
    private static String watchdog(java.util.function.Supplier<String> blockingOperation) {
        Thread self = Thread.currentThread();
        dev.channels.time.Timer alarm = dev.channels.time.Time.afterFunc(java.time.Duration.ofSeconds(1), self::interrupt);
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

    private static String model(SequentialChannelModel model, int op, int value) {
        return switch (op) {
            case 0, 4 -> model.trySend(value);
            case 1, 5 -> model.tryReceive();
            case 2 -> model.close();
            default -> model.length();
        };
    }

    /** Every operation sequence gives the same results as the model, at every capacity 0..16. */
    @Test
    void operationSequencesMatchTheSequentialModel() {
        checkAgainstModel(Channel::make);
    }

    /** The property can fail: a channel that silently drops a value when one is buffered is caught. */
    @Test
    void propertyCatchesABrokenChannel() {
        assertThrows(AssertionError.class, () -> checkAgainstModel(DroppingChannel::new));
    }

    private static void checkAgainstModel(IntFunction<Channel<Integer>> make) {
        qt().withExamples(500)
                .forAll(integers().between(0, 16), lists().of(integers().between(0, 6 * 1000 - 1)).ofSizeBetween(0, 120))
                .checkAssert((capacity, encodedOps) -> {
                    Channel<Integer> ch = make.apply(capacity);
                    SequentialChannelModel model = new SequentialChannelModel(capacity);
                    for (int i = 0; i < encodedOps.size(); i++) {
                        int op = encodedOps.get(i) % 6;
                        int value = encodedOps.get(i) / 6;
                        // Close is rare in real programs; keep it from ending most sequences early.
                        if (op == 2 && value % 8 != 0) {
                            op = 3;
                        }
                        String expected = model(model, op, value);
                        String actual = apply(ch, model, op, value);
                        assertEquals(expected, actual, "step " + i + " of " + describe(encodedOps) + " at capacity " + capacity);
                    }
                });
    }

    /** A deliberately broken channel: trySend reports success but drops the value when one is buffered. */
    private static final class DroppingChannel implements Channel<Integer> {
        private final Channel<Integer> inner;

        DroppingChannel(int capacity) {
            inner = Channel.make(capacity);
        }

        @Override
        public boolean trySend(Integer value) {
            return inner.length() == 1 || inner.trySend(value);
        }

        @Override
        public void send(Integer value) {
            inner.send(value);
        }

        @Override
        public void close() {
            inner.close();
        }

        @Override
        public Integer receive() {
            return inner.receive();
        }

        @Override
        public Received<Integer> receiveOk() {
            return inner.receiveOk();
        }

        @Override
        public Optional<Received<Integer>> tryReceive() {
            return inner.tryReceive();
        }

        @Override
        public int length() {
            return inner.length();
        }

        @Override
        public int capacity() {
            return inner.capacity();
        }

        @Override
        public Iterator<Integer> iterator() {
            return inner.iterator();
        }

        @Override
        public Stream<Integer> stream() {
            return inner.stream();
        }

        @Override
        public Channel<Integer> named(String name) {
            inner.named(name);
            return this;
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
