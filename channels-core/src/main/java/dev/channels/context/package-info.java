/**
 * Go's {@code context} package (Go 1.21+ semantics): cancellation, deadlines and request-scoped
 * values carried through a call chain and across goroutines.
 *
 * <table>
 * <caption>Go to Java</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code context.Background()}, {@code context.TODO()}</td><td>{@link dev.channels.context.Context#background()}, {@link dev.channels.context.Context#todo()}</td></tr>
 * <tr><td>{@code ctx, cancel := context.WithCancel(p)}; {@code defer cancel()}</td><td>{@code try (var ctx = Context.withCancel(p)) { ... }}; or {@code ctx.cancel()}</td></tr>
 * <tr><td>{@code context.WithCancelCause(p)}; {@code cancel(err)}</td><td>{@link dev.channels.context.Context#withCancelCause}; {@code ctx.cancel(cause)}</td></tr>
 * <tr><td>{@code context.WithDeadline(p, d)}, {@code context.WithTimeout(p, t)}</td><td>{@link dev.channels.context.Context#withDeadline}, {@link dev.channels.context.Context#withTimeout}</td></tr>
 * <tr><td>{@code context.WithDeadlineCause}, {@code context.WithTimeoutCause}</td><td>{@link dev.channels.context.Context#withDeadlineCause}, {@link dev.channels.context.Context#withTimeoutCause}</td></tr>
 * <tr><td>{@code context.WithValue(p, k, v)}, {@code ctx.Value(k)}</td><td>{@link dev.channels.context.Context#withValue}, {@code ctx.value(k)}</td></tr>
 * <tr><td>{@code context.WithoutCancel(p)}</td><td>{@link dev.channels.context.Context#withoutCancel}</td></tr>
 * <tr><td>{@code stop := context.AfterFunc(ctx, f)}</td><td>{@link dev.channels.context.Context#afterFunc} returning a {@link dev.channels.context.StopFunc}</td></tr>
 * <tr><td>{@code context.Cause(ctx)}</td><td>{@link dev.channels.context.Context#cause}</td></tr>
 * <tr><td>{@code <-ctx.Done()}, {@code ctx.Err()}, {@code ctx.Deadline()}</td><td>{@code ctx.done()}, {@code ctx.err()}, {@code ctx.deadline()} (an {@code Optional<Instant>})</td></tr>
 * <tr><td>{@code context.Canceled}, {@code context.DeadlineExceeded}</td><td>{@link dev.channels.context.Context#CANCELED}, {@link dev.channels.context.Context#DEADLINE_EXCEEDED}</td></tr>
 * </table>
 *
 * <h2>Values, thread-locals and scoped values</h2>
 * A context is passed explicitly, as the first parameter of every function that does I/O, as in
 * Go. Java's implicit mechanisms are not used, on purpose:
 * <ul>
 * <li>A {@link java.lang.ThreadLocal} belongs to one thread. A goroutine started with
 *     {@code go(...)} is a new thread and does not see it (an {@link java.lang.InheritableThreadLocal}
 *     copies a snapshot at start, but cancellation is not a value that can be copied).</li>
 * <li>A {@code ScopedValue} (preview in Java 21, final in Java 25) is bound for a dynamic scope and
 *     inherited only by {@code StructuredTaskScope} forks. Goroutines outlive the scope that
 *     started them, and Go code hands contexts to them explicitly.</li>
 * <li>An explicit parameter makes the cancellation and deadline of every call visible in its
 *     signature, which is the point of Go's design.</li>
 * </ul>
 * Use context values, as Go advises, only for request-scoped data that crosses APIs (a request id,
 * credentials), keyed by a private object of your own; use parameters for everything else. The
 * library's own clock is the one implicit binding: it is inherited by the goroutines a test starts.
 *
 * <h2>Differences from Go</h2>
 * <ul>
 * <li>{@code ctx, cancel := ...} is one object, a {@link dev.channels.context.CancelContext}:
 *     the context and its cancel function; closing it cancels.</li>
 * <li>{@code err()} returns the shared {@code CANCELED} / {@code DEADLINE_EXCEEDED} values; code
 *     that fails because of a context throws fresh instances of the same classes
 *     (docs/adr/0007-errors-values-and-exceptions.md).</li>
 * <li>Value keys are compared with {@code equals}, and a {@code null} key is rejected.</li>
 * </ul>
 */
package dev.channels.context;
