/**
 * Go's concurrency model on Java 21 virtual threads: channels, select, goroutines and timers.
 *
 * <p>{@code dev.channels} holds {@link dev.channels.Channel}, {@link dev.channels.Select} and
 * {@link dev.channels.Go}; {@code dev.channels.time}, {@code .context}, {@code .sync}, {@code .rate} and {@code .signal} mirror Go's
 * {@code time}, {@code context}, {@code sync} (with errgroup), {@code golang.org/x/time/rate} and
 * {@code os/signal}. The
 * package {@code dev.channels.internal} is not exported.
 */
module dev.channels {
    requires org.slf4j;
    requires jdk.unsupported; // sun.misc.Signal, for dev.channels.signal
    requires jdk.jfr;         // the dev.channels.Blocked event

    exports dev.channels;
    exports dev.channels.context;
    exports dev.channels.rate;
    exports dev.channels.runtime;
    exports dev.channels.signal;
    exports dev.channels.sync;
    exports dev.channels.testing;
    exports dev.channels.time;
}
