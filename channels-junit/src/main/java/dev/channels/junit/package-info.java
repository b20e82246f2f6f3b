/**
 * JUnit 5 extensions for code built on channels: {@link dev.channels.junit.CheckGoroutineLeaks}
 * (Go's goleak) and {@link dev.channels.junit.InBubble} (Go's testing/synctest).
 *
 * <table>
 * <caption>Go to Java</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code defer goleak.VerifyNone(t)}</td><td>{@code @CheckGoroutineLeaks} on the class or method</td></tr>
 * <tr><td>{@code synctest.Test(t, func(t *testing.T) { ... })}</td><td>{@code @InBubble} on the class or method</td></tr>
 * </table>
 */
package dev.channels.junit;
