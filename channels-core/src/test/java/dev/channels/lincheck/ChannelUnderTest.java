package dev.channels.lincheck;

import dev.channels.Channel;
import dev.channels.ChannelOps;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;

/**
 * The real channel as Lincheck drives it: one operation per Go channel operation, each result
 * spelled as {@link dev.channels.ChannelModel} spells it. One subclass per capacity, because
 * Lincheck builds the object under test with a no-argument constructor.
 */
@Param(name = "value", gen = IntGen.class, conf = "1:9")
public abstract class ChannelUnderTest {
    private final Channel<Integer> ch;

    ChannelUnderTest(Channel<Integer> ch) {
        this.ch = ch;
    }

    @Operation(params = "value")
    public String send(int value) {
        return ChannelOps.send(ch, value);
    }

    @Operation(params = "value")
    public String trySend(int value) {
        return ChannelOps.trySend(ch, value);
    }

    @Operation
    public String receive() {
        return ChannelOps.receive(ch);
    }

    @Operation
    public String receiveOk() {
        return ChannelOps.receiveOk(ch);
    }

    @Operation
    public String tryReceive() {
        return ChannelOps.tryReceive(ch);
    }

    @Operation
    public String close() {
        return ChannelOps.close(ch);
    }

    @Operation
    public String length() {
        return ChannelOps.length(ch);
    }

    /** {@code make(chan int)}. */
    public static final class Unbuffered extends ChannelUnderTest {
        public Unbuffered() {
            super(Channel.make());
        }
    }

    /** {@code make(chan int, 1)}. */
    public static final class BufferedOne extends ChannelUnderTest {
        public BufferedOne() {
            super(Channel.make(1));
        }
    }

    /** {@code make(chan int, 2)}. */
    public static final class BufferedTwo extends ChannelUnderTest {
        public BufferedTwo() {
            super(Channel.make(2));
        }
    }

    /** A deliberately broken channel of capacity 1 that Lincheck must catch: see {@link LossyChannel}. */
    public static final class Lossy extends ChannelUnderTest {
        public Lossy() {
            super(new LossyChannel(1));
        }
    }
}
