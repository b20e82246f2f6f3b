package dev.channels;

/**
 * The real channel's operations, each with its result spelled as {@link ChannelModel} spells it,
 * Go panics included ({@code "panic: send on closed channel"}).
 */
public final class ChannelOps {
    private ChannelOps() {}

    public static String send(Channel<Integer> ch, int value) {
        try {
            ch.send(value);
            return "sent";
        } catch (IllegalStateException goPanic) {
            return "panic: " + goPanic.getMessage();
        }
    }

    public static String trySend(Channel<Integer> ch, int value) {
        try {
            return String.valueOf(ch.trySend(value));
        } catch (IllegalStateException goPanic) {
            return "panic: " + goPanic.getMessage();
        }
    }

    public static String receiveOk(ReceiveChannel<Integer> ch) {
        return describe(ch.receiveOk());
    }

    public static String receive(ReceiveChannel<Integer> ch) {
        return String.valueOf(ch.receive());
    }

    public static String tryReceive(ReceiveChannel<Integer> ch) {
        return ch.tryReceive().map(ChannelOps::describe).orElse("not ready");
    }

    public static String close(Channel<Integer> ch) {
        try {
            ch.close();
            return "closed";
        } catch (IllegalStateException goPanic) {
            return "panic: " + goPanic.getMessage();
        }
    }

    public static String length(Channel<Integer> ch) {
        return "len " + ch.length();
    }

    public static String describe(Received<Integer> received) {
        return "(" + received.value() + ", " + received.ok() + ")";
    }
}
