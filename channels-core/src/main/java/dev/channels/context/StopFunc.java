package dev.channels.context;

/**
 * Stops a function registered with {@link Context#afterFunc}.
 *
 * @go {@code stop func() bool}, as returned by {@code context.AfterFunc}
 */
@FunctionalInterface
public interface StopFunc {
    /**
     * Stops the association of the context with the function.
     *
     * @return true if this call stopped the function from being run; false if it had already
     *         been started or stopped
     * @go {@code stop()}
     */
    boolean stop();
}
