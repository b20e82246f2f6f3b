/**
 * Go's {@code testing/synctest}: a fake-clock bubble for testing concurrent, time-based code
 * quickly and deterministically. See {@link dev.channels.testing.SyncTest}.
 *
 * <table>
 * <caption>Go to Java</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code synctest.Test(t, func(t *testing.T) { ... })}</td><td>{@code SyncTest.run(() -> { ... })}</td></tr>
 * <tr><td>{@code synctest.Wait()}</td><td>{@code SyncTest.await()}</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * <ul>
 * <li>When the body returns, the bubble waits for the other goroutines to end, as Go's does, but
 *     for at most 10,000 more timer events; goroutines blocked for good are an error naming them.</li>
 * <li>The clock's advance is capped (30 days by default), to stop a runaway ticker.</li>
 * <li>Selects in a bubble draw from the bubble's seed.</li>
 * <li>Only goroutines started with the library's {@code go} join the bubble; a thread started
 *     with {@code Thread.ofVirtual()} does not.</li>
 * </ul>
 */
package dev.channels.testing;
