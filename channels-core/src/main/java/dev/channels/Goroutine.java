package dev.channels;

/**
 * The body of a goroutine: a lambda that may block in any operation of this library, and may
 * throw, without try/catch.
 *
 * @go {@code func() { ... }} in {@code go func() { ... }()}
 */
@FunctionalInterface
public interface Goroutine {
    /**
     * Runs the goroutine's body.
     *
     * @throws Exception anything; an exception that escapes is logged (see {@link Go#go})
     * @go the body of the function after {@code go}
     */
    void run() throws Exception;
}
