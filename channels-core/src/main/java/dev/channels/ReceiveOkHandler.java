package dev.channels;

/**
 * What a comma-ok receive case does with its result.
 *
 * @param <T> the element type
 * @go {@code case v, ok := <-ch: ...}
 */
@FunctionalInterface
public interface ReceiveOkHandler<T> {
    /**
     * Handles one receive.
     *
     * @param value the value received, or {@code null} when {@code ok} is false
     * @param ok    false once the channel is closed and drained
     * @go the body after {@code case v, ok := <-ch:}
     */
    void accept(T value, boolean ok);
}
