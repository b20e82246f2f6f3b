package dev.channels.signal;

import dev.channels.context.CancelContext;

/**
 * A context that is cancelled when one of its signals arrives, with the function that stops the
 * notification. Closing it stops, so {@code defer stop()} is try-with-resources.
 *
 * @go {@code ctx, stop := signal.NotifyContext(parent, signals...)}
 */
public interface SignalContext extends CancelContext {

    /**
     * Cancels the context and unregisters the signal behaviour: once no context is notified of a
     * signal any more, the JVM's default handling of it returns (for SIGINT and SIGTERM, running
     * shutdown hooks and exiting with status 130 or 143).
     *
     * @go {@code stop()}
     */
    void stop();

    /**
     * Stops, exactly as {@link #stop()}: the Java spelling of {@code defer stop()}.
     *
     * @go {@code defer stop()}
     */
    @Override
    default void close() {
        stop();
    }
}
