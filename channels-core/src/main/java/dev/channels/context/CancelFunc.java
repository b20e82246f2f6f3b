package dev.channels.context;

/**
 * Tells an operation to abandon its work. Safe to call from any thread, any number of times;
 * after the first call, later calls do nothing.
 *
 * @go {@code context.CancelFunc}
 */
@FunctionalInterface
public interface CancelFunc {
    /**
     * Cancels the context this function belongs to.
     *
     * @go {@code cancel()}
     */
    void cancel();
}
