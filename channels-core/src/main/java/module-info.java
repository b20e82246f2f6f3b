/**
 * Go's concurrency model on Java 21 virtual threads: channels, select, goroutines and timers.
 *
 * <p>{@code dev.channels} holds {@link dev.channels.Channel}, {@link dev.channels.Select} and
 * {@link dev.channels.Go}; {@code dev.channels.time} mirrors Go's {@code time} package. The
 * package {@code dev.channels.internal} is not exported.
 */
module dev.channels {
    requires org.slf4j;

    exports dev.channels;
    exports dev.channels.time;
}
