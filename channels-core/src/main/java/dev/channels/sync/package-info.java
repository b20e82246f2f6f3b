/**
 * Go's {@code sync.WaitGroup} and {@code golang.org/x/sync/errgroup}.
 *
 * <table>
 * <caption>Go to Java</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code var wg sync.WaitGroup}</td><td>{@code var wg = new WaitGroup();}</td></tr>
 * <tr><td>{@code wg.Add(n)}, {@code wg.Done()}, {@code wg.Wait()}</td><td>{@code wg.add(n)}, {@code wg.done()}, {@code wg.await()}</td></tr>
 * <tr><td>{@code wg.Go(f)} (Go 1.25)</td><td>{@code wg.go(f)}</td></tr>
 * <tr><td>{@code g, ctx := errgroup.WithContext(ctx)}</td><td>{@code var g = Group.withContext(ctx); var gctx = g.context();}</td></tr>
 * <tr><td>{@code g.Go(func() error)}, {@code g.TryGo(f)}, {@code g.SetLimit(n)}</td><td>{@code g.go(task)}, {@code g.tryGo(task)}, {@code g.setLimit(n)}; a task throws instead of returning an error</td></tr>
 * <tr><td>{@code err := g.Wait()}</td><td>{@code Throwable err = g.await();}</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * <ul>
 * <li>{@code Wait} is {@code await}: {@code Object.wait()} is final.</li>
 * <li>A Group keeps every exception: the first is returned, later ones are attached to it as
 *     suppressed. errgroup drops them.</li>
 * </ul>
 */
package dev.channels.sync;
