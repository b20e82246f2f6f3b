/**
 * Go's {@code os/signal}, for graceful shutdown: {@link dev.channels.signal.Signals#notifyContext}
 * cancels a context when SIGINT or SIGTERM arrives.
 *
 * <table>
 * <caption>Go to Java</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)}; {@code defer stop()}</td><td>{@code try (var ctx = Signals.notifyContext(ctx, Signal.SIGINT, Signal.SIGTERM)) { ... }}</td></tr>
 * <tr><td>{@code stop()}</td><td>{@code ctx.stop()}</td></tr>
 * <tr><td>{@code os.Interrupt}, {@code syscall.SIGTERM}, {@code syscall.SIGHUP}</td><td>{@link dev.channels.signal.Signal#SIGINT}, {@link dev.channels.signal.Signal#SIGTERM}, {@link dev.channels.signal.Signal#SIGHUP}</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * <ul>
 * <li>Only SIGINT, SIGTERM, SIGHUP and SIGUSR2: the JVM keeps SIGQUIT and SIGUSR1.</li>
 * <li>After {@code stop()}, the JVM's default handling applies: shutdown hooks run and the
 *     process exits with 128 + the signal number.</li>
 * </ul>
 * See docs/adr/0008-signals.md.
 */
package dev.channels.signal;
