/**
 * Go's {@code time} package: {@code After}, {@code Tick}, {@code Sleep}, {@code Timer},
 * {@code Ticker} and {@code AfterFunc}, with Go 1.23 semantics.
 *
 * <table>
 * <caption>Go to Java</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code time.After(d)}</td><td>{@link dev.channels.time.Time#after}</td></tr>
 * <tr><td>{@code time.Tick(d)}</td><td>{@link dev.channels.time.Time#tick}</td></tr>
 * <tr><td>{@code time.Sleep(d)}</td><td>{@link dev.channels.time.Time#sleep}</td></tr>
 * <tr><td>{@code time.NewTimer(d)}, {@code t.C}, {@code t.Stop()}, {@code t.Reset(d)}</td><td>{@link dev.channels.time.Time#newTimer}, {@code t.c()}, {@code t.stop()}, {@code t.reset(d)}</td></tr>
 * <tr><td>{@code time.AfterFunc(d, f)}</td><td>{@link dev.channels.time.Time#afterFunc}</td></tr>
 * <tr><td>{@code time.NewTicker(d)}, {@code t.C}, {@code t.Stop()}, {@code t.Reset(d)}</td><td>{@link dev.channels.time.Time#newTicker}, {@code t.c()}, {@code t.stop()}, {@code t.reset(d)}</td></tr>
 * <tr><td>{@code time.Duration}, {@code time.Time}</td><td>{@link java.time.Duration}, {@link java.time.Instant}</td></tr>
 * <tr><td>{@code time.Now()}</td><td>{@link dev.channels.time.Time#now}</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * <ul>
 * <li>Go's {@code C} field is the method {@code c()}.</li>
 * <li>Panics ({@code non-positive interval for NewTicker}) are
 *     {@link java.lang.IllegalArgumentException}s with Go's text.</li>
 * <li>A sleep wakes on interrupt with {@link dev.channels.OperationInterruptedException}.</li>
 * </ul>
 * See docs/adr/0005-timers-follow-go-1-23.md.
 */
package dev.channels.time;
