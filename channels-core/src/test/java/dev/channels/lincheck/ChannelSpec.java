package dev.channels.lincheck;

import dev.channels.ChannelModel;

/**
 * The sequential specification Lincheck checks {@link ChannelUnderTest} against: the shared
 * {@link ChannelModel}, with the same operations by name.
 */
public abstract class ChannelSpec {
    private final ChannelModel model;

    ChannelSpec(int capacity) {
        model = new ChannelModel(capacity);
    }

    public String send(int value) {
        return model.send(value);
    }

    public String trySend(int value) {
        return model.trySend(value);
    }

    public String receive() {
        return model.receive();
    }

    public String receiveOk() {
        return model.receiveOk();
    }

    public String tryReceive() {
        return model.tryReceive();
    }

    public String close() {
        return model.close();
    }

    public String length() {
        return model.length();
    }

    /** Capacity 0. */
    public static final class Unbuffered extends ChannelSpec {
        public Unbuffered() {
            super(0);
        }
    }

    /** Capacity 1. */
    public static final class BufferedOne extends ChannelSpec {
        public BufferedOne() {
            super(1);
        }
    }

    /** Capacity 2. */
    public static final class BufferedTwo extends ChannelSpec {
        public BufferedTwo() {
            super(2);
        }
    }
}
