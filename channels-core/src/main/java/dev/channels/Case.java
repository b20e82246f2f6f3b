package dev.channels;

import dev.channels.internal.ChannelCore;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One case of a {@link Select}. Build cases with {@link Select#onReceive}, {@link Select#onSend},
 * {@link Select#onDefault} and {@link Select#onTimeout}; {@link Select#select} returns the one
 * that fired, so a pattern {@code switch} or an identity test can act on it (for example to leave
 * a loop, as Go code does with {@code return} inside a case).
 *
 * <p>A case is a plain value: it does nothing until passed to {@code select}, which runs at once.
 *
 * @go {@code case ...:} inside {@code select}
 */
public sealed interface Case permits Case.Receive, Case.ReceiveOk, Case.Send, Case.Default, Case.Timeout {

    /**
     * Receives from {@code channel} and hands the value to {@code handler}; {@code null} (the zero
     * value) once the channel is closed and drained.
     *
     * @param channel the channel; {@link Channel#nil()} makes the case never ready
     * @param handler runs with the value if this case fires
     * @param <T>     the element type
     * @go {@code case v := <-ch: handler(v)}
     */
    record Receive<T>(ReceiveChannel<T> channel, Consumer<? super T> handler) implements Case {
        /**
         * Checks that neither part is null.
         *
         * @go {@code case v := <-ch:}
         */
        public Receive {
            requireChannel(channel);
            Objects.requireNonNull(handler, "handler");
        }
    }

    /**
     * Receives from {@code channel} and hands the value and {@code ok} to {@code handler}.
     *
     * @param channel the channel; {@link Channel#nil()} makes the case never ready
     * @param handler runs with the value and ok if this case fires
     * @param <T>     the element type
     * @go {@code case v, ok := <-ch: handler(v, ok)}
     */
    record ReceiveOk<T>(ReceiveChannel<T> channel, ReceiveOkHandler<? super T> handler) implements Case {
        /**
         * Checks that neither part is null.
         *
         * @go {@code case v, ok := <-ch:}
         */
        public ReceiveOk {
            requireChannel(channel);
            Objects.requireNonNull(handler, "handler");
        }
    }

    /**
     * Sends {@code value} on {@code channel}, then runs {@code handler}. If the channel is closed
     * when this case is chosen, the select throws {@link SendOnClosedChannelException}.
     *
     * @param channel the channel; {@link Channel#nil()} makes the case never ready
     * @param value   the value to send; not null
     * @param handler runs after the value is sent
     * @param <T>     the element type
     * @go {@code case ch <- value: handler()}
     */
    record Send<T>(SendChannel<T> channel, T value, Runnable handler) implements Case {
        /**
         * Checks that no part is null.
         *
         * @go {@code case ch <- v:}
         */
        public Send {
            requireChannel(channel);
            Objects.requireNonNull(value, ChannelCore.NULL_ELEMENT);
            Objects.requireNonNull(handler, "handler");
        }
    }

    /**
     * Fires when no other case is ready, making the select non-blocking. At most one per select.
     *
     * @param handler runs if nothing else is ready
     * @go {@code default: handler()}
     */
    record Default(Runnable handler) implements Case {
        /**
         * Checks that the handler is not null.
         *
         * @go {@code default:}
         */
        public Default {
            Objects.requireNonNull(handler, "handler");
        }
    }

    /**
     * Fires when {@code after} has passed since the select started and no other case fired. A
     * zero or negative duration fires at once if nothing else is ready. No thread or timer is
     * created: the selecting thread parks with a deadline.
     *
     * @param after   how long to wait
     * @param handler runs if the time passes first
     * @go {@code case <-time.After(after): handler()}
     */
    record Timeout(Duration after, Runnable handler) implements Case {
        /**
         * Checks that neither part is null.
         *
         * @go {@code case <-time.After(d):}
         */
        public Timeout {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(handler, "handler");
        }
    }

    private static void requireChannel(Object channel) {
        Objects.requireNonNull(channel, "select case channel is null; use Channel.nil() for a case that is never ready");
    }
}
