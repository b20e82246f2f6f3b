/**
 * Go's channels, {@code select} and {@code go} statement, on virtual threads. Semantics follow
 * the Go language specification (Go 1.23).
 *
 * <table>
 * <caption>Go to Java</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code make(chan T)}, {@code make(chan T, n)}</td><td>{@link dev.channels.Channel#make()}, {@link dev.channels.Channel#make(int)}</td></tr>
 * <tr><td>{@code var ch chan T} (nil)</td><td>{@link dev.channels.Channel#nil()}</td></tr>
 * <tr><td>{@code chan<- T}, {@code <-chan T}</td><td>{@link dev.channels.SendChannel}, {@link dev.channels.ReceiveChannel}</td></tr>
 * <tr><td>{@code ch <- v}</td><td>{@code ch.send(v)}</td></tr>
 * <tr><td>{@code v := <-ch}</td><td>{@code ch.receive()} ({@code null} once closed and drained)</td></tr>
 * <tr><td>{@code v, ok := <-ch}</td><td>{@code ch.receiveOk()} returning {@link dev.channels.Received}</td></tr>
 * <tr><td>{@code close(ch)}, {@code defer close(ch)}</td><td>{@code ch.close()}, {@code try (ch) { ... }}</td></tr>
 * <tr><td>{@code len(ch)}, {@code cap(ch)}</td><td>{@code ch.length()}, {@code ch.capacity()}</td></tr>
 * <tr><td>{@code for v := range ch}</td><td>{@code for (T v : ch)}, {@code ch.stream()}</td></tr>
 * <tr><td>{@code select { case ...: }}</td><td>{@link dev.channels.Select#select} with {@code onReceive}, {@code onReceiveOk}, {@code onSend}</td></tr>
 * <tr><td>{@code default:}</td><td>{@link dev.channels.Select#onDefault}; or {@code trySend}, {@code tryReceive}</td></tr>
 * <tr><td>{@code case <-time.After(d):}</td><td>{@link dev.channels.Select#onTimeout}</td></tr>
 * <tr><td>{@code go f()}</td><td>{@link dev.channels.Go#go}</td></tr>
 * <tr><td>{@code panic: send on closed channel}</td><td>{@link dev.channels.SendOnClosedChannelException}</td></tr>
 * <tr><td>{@code panic: close of closed channel}</td><td>{@link dev.channels.CloseOfClosedChannelException}</td></tr>
 * <tr><td>{@code panic: close of nil channel}</td><td>{@link dev.channels.CloseOfNilChannelException}</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * <ul>
 * <li>Channels carry no {@code null}; {@code receive()} returns {@code null} as the zero value
 *     (docs/adr/0003-zero-values-and-null.md).</li>
 * <li>Blocked operations wake on {@link java.lang.Thread#interrupt()} with the unchecked
 *     {@link dev.channels.OperationInterruptedException}; Go cannot interrupt a goroutine
 *     (docs/adr/0001-interruption-is-unchecked.md).</li>
 * <li>An exception escaping a goroutine is logged; the process exits only with
 *     {@code -Ddev.channels.panic=exit} (docs/adr/0002-goroutine-panics.md).</li>
 * <li>{@code select} returns the case that fired; {@code selectInOrder} and {@code seeded}
 *     have no Go counterpart (docs/adr/0004-select.md).</li>
 * <li>The nil channel is {@link dev.channels.Channel#nil()}, not {@code null}
 *     (docs/adr/0006-nil-channel.md).</li>
 * </ul>
 */
package dev.channels;
