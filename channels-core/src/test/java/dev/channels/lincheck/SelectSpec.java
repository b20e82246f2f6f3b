package dev.channels.lincheck;

import dev.channels.ChannelModel;

/**
 * The sequential specification of {@link SelectUnderTest}: two {@link ChannelModel}s, and a
 * priority select that takes the first ready case. While one channel holds a rendezvous value,
 * only a receive from that channel may come next.
 */
public abstract class SelectSpec {
    private final ChannelModel a;
    private final ChannelModel b;

    SelectSpec(int capacity) {
        a = new ChannelModel(capacity);
        b = new ChannelModel(capacity);
    }

    public String selectReceiveReceive() {
        if (a.holdsHandoff() || !b.holdsHandoff() && a.receiveReady()) {
            return "a " + a.receiveOk();
        }
        if (b.receiveReady()) {
            return "b " + b.receiveOk();
        }
        return ChannelModel.BLOCKED;
    }

    public String selectReceiveSend(int value) {
        if (b.holdsHandoff()) {
            return ChannelModel.INVALID;
        }
        if (a.receiveReady()) {
            return "a " + a.receiveOk();
        }
        String sent = b.send(value);
        return sent.equals("sent") ? "b sent" : sent;
    }

    public String sendA(int value) {
        return b.holdsHandoff() ? ChannelModel.INVALID : a.send(value);
    }

    public String sendB(int value) {
        return a.holdsHandoff() ? ChannelModel.INVALID : b.send(value);
    }

    public String receiveA() {
        return b.holdsHandoff() ? ChannelModel.INVALID : a.receiveOk();
    }

    public String receiveB() {
        return a.holdsHandoff() ? ChannelModel.INVALID : b.receiveOk();
    }

    public String closeA() {
        return b.holdsHandoff() ? ChannelModel.INVALID : a.close();
    }

    public String closeB() {
        return a.holdsHandoff() ? ChannelModel.INVALID : b.close();
    }

    /** Both channels unbuffered. */
    public static final class Unbuffered extends SelectSpec {
        public Unbuffered() {
            super(0);
        }
    }

    /** Both channels of capacity 1. */
    public static final class BufferedOne extends SelectSpec {
        public BufferedOne() {
            super(1);
        }
    }
}
