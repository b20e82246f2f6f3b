package dev.channels;

import dev.channels.internal.ChannelCore;
import dev.channels.internal.NilChannel;

/**
 * A typed conduit through which goroutines send and receive values, with Go's semantics to the
 * letter: unbuffered channels hand a value from sender to receiver directly, buffered channels
 * queue up to {@link #capacity()} values in FIFO order, and {@link #close()} lets receivers drain
 * what is buffered and then report {@code ok == false}.
 *
 * <p>Channels never carry {@code null}: {@link #send} rejects it, and {@link #receive()} returns
 * {@code null} only for a closed, drained channel (Go's zero value). See
 * {@code docs/adr/0003-zero-values-and-null.md}.
 *
 * <p>All blocking methods wake on {@link Thread#interrupt()} with
 * {@link OperationInterruptedException}; an interrupted operation either completed or had no
 * effect.
 *
 * {@snippet :
 * Channel<String> messages = Channel.make();
 * go(() -> messages.send("ping"));
 * System.out.println(messages.receive()); // ping
 * }
 *
 * @param <T> the element type
 * @go {@code chan T}
 */
public interface Channel<T> extends SendChannel<T>, ReceiveChannel<T> {

    /**
     * Names this channel in goroutine dumps, deadlock reports and JFR events, and returns it.
     * Go has no channel names; dumps show the name where Go shows only the address.
     *
     * {@snippet :
     * Channel<Job> jobs = Channel.<Job>make(100).named("jobs");
     * }
     *
     * @param name a name for humans; null removes it
     * @return this channel
     * @go none: Go channels are anonymous
     */
    Channel<T> named(String name);

    /**
     * Creates an unbuffered channel: each send blocks until a receiver takes the value.
     *
     * @go {@code make(chan T)}
     */
    static <T> Channel<T> make() {
        return new ChannelCore<>(0);
    }

    /**
     * Creates a channel with a buffer of {@code capacity} values; 0 makes it unbuffered.
     *
     * @throws IllegalArgumentException if {@code capacity} is negative
     * @go {@code make(chan T, capacity)}
     */
    static <T> Channel<T> make(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("makechan: size out of range: capacity " + capacity + " is negative");
        }
        return new ChannelCore<>(capacity);
    }

    /**
     * Returns the nil channel: sends and receives block forever (until interrupted), a select
     * never chooses its cases, and closing it throws {@link CloseOfNilChannelException}.
     *
     * <p>Assign it to switch a select case off, as Go code sets a channel variable to {@code nil}.
     *
     * @go {@code var ch chan T // nil}
     */
    static <T> Channel<T> nil() {
        return NilChannel.instance();
    }
}
