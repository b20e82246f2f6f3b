package dev.channels.lincheck;

import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.onSend;
import static dev.channels.Select.selectInOrder;

import dev.channels.Channel;
import dev.channels.ChannelOps;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;

/**
 * Two-case selects over two channels {@code a} and {@code b}, beside plain sends, receives and
 * closes on each, as Lincheck drives them. The selects are priority selects
 * ({@link dev.channels.Select#selectInOrder}), so that the specification is deterministic; the
 * random choice among ready cases is {@code SelectFairnessProperties}'s subject, and both kinds
 * share every other step of {@code SelectRun}.
 */
@Param(name = "value", gen = IntGen.class, conf = "1:9")
public abstract class SelectUnderTest {
    private final Channel<Integer> a;
    private final Channel<Integer> b;

    SelectUnderTest(int capacity) {
        a = Channel.make(capacity);
        b = Channel.make(capacity);
    }

    /** {@code select { case v, ok := <-a: ...; case v, ok := <-b: ... }}: "a (v, ok)" or "b (v, ok)". */
    @Operation
    public String selectReceiveReceive() {
        StringBuilder result = new StringBuilder();
        selectInOrder(
                onReceiveOk(a, (v, ok) -> result.append("a (").append(v).append(", ").append(ok).append(')')),
                onReceiveOk(b, (v, ok) -> result.append("b (").append(v).append(", ").append(ok).append(')')));
        return result.toString();
    }

    /** {@code select { case v, ok := <-a: ...; case b <- value: ... }}: "a (v, ok)", "b sent" or a panic. */
    @Operation(params = "value")
    public String selectReceiveSend(int value) {
        StringBuilder result = new StringBuilder();
        try {
            selectInOrder(
                    onReceiveOk(a, (v, ok) -> result.append("a (").append(v).append(", ").append(ok).append(')')),
                    onSend(b, value, () -> result.append("b sent")));
        } catch (IllegalStateException goPanic) {
            return "panic: " + goPanic.getMessage();
        }
        return result.toString();
    }

    @Operation(params = "value")
    public String sendA(int value) {
        return ChannelOps.send(a, value);
    }

    @Operation(params = "value")
    public String sendB(int value) {
        return ChannelOps.send(b, value);
    }

    @Operation
    public String receiveA() {
        return ChannelOps.receiveOk(a);
    }

    @Operation
    public String receiveB() {
        return ChannelOps.receiveOk(b);
    }

    @Operation
    public String closeA() {
        return ChannelOps.close(a);
    }

    @Operation
    public String closeB() {
        return ChannelOps.close(b);
    }

    /** Both channels unbuffered. */
    public static final class Unbuffered extends SelectUnderTest {
        public Unbuffered() {
            super(0);
        }
    }

    /** Both channels of capacity 1. */
    public static final class BufferedOne extends SelectUnderTest {
        public BufferedOne() {
            super(1);
        }
    }
}
