/**
 * {@code golang.org/x/time/rate}: a token-bucket rate limiter on the library's clock.
 *
 * <table>
 * <caption>Go to Java</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code rate.NewLimiter(r, b)}</td><td>{@code new Limiter(r, b)} or {@link dev.channels.rate.Limiter#newLimiter}</td></tr>
 * <tr><td>{@code rate.Limit(10)}, {@code rate.Every(d)}, {@code rate.Inf}</td><td>{@link dev.channels.rate.Limit#of}, {@link dev.channels.rate.Limit#every}, {@link dev.channels.rate.Limit#INF}</td></tr>
 * <tr><td>{@code lim.Allow()}, {@code lim.AllowN(t, n)}</td><td>{@code lim.allow()}, {@code lim.allowN(t, n)}</td></tr>
 * <tr><td>{@code lim.Reserve()}, {@code lim.ReserveN(t, n)}; {@code r.OK()}, {@code r.Delay()}, {@code r.Cancel()}</td><td>{@code lim.reserve()}, {@code lim.reserveN(t, n)}; {@code r.ok()}, {@code r.delay()}, {@code r.cancel()}</td></tr>
 * <tr><td>{@code err := lim.Wait(ctx)}, {@code lim.WaitN(ctx, n)}</td><td>{@code lim.wait(ctx)}, {@code lim.waitN(ctx, n)} (they throw)</td></tr>
 * <tr><td>{@code lim.SetLimit(r)}, {@code lim.SetBurst(b)}, {@code lim.Tokens()}</td><td>{@code lim.setLimit(r)}, {@code lim.setBurst(b)}, {@code lim.tokens()}</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * <ul>
 * <li>{@code wait} throws where Go returns an error: {@link dev.channels.context.Canceled} or
 *     {@link dev.channels.context.DeadlineExceeded} from the context, a {@code DeadlineExceeded}
 *     with Go's text when the wait would pass the deadline, {@link java.lang.IllegalArgumentException}
 *     when {@code n} exceeds the burst.</li>
 * <li>Negative bursts and negative or NaN limits are rejected at once.</li>
 * </ul>
 */
package dev.channels.rate;
