/**
 * Diagnostics in the manner of Go's {@code runtime} package: goroutine dumps
 * ({@link dev.channels.runtime.GoroutineDump}), an opt-in deadlock watchdog
 * ({@link dev.channels.runtime.DeadlockWatchdog}) and goroutine groups for test tools
 * ({@link dev.channels.runtime.GoroutineGroups}).
 *
 * <table>
 * <caption>Go to Java</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code runtime.Stack(buf, true)}, the {@code SIGQUIT} dump</td><td>{@code GoroutineDump.all()}</td></tr>
 * <tr><td>{@code runtime.NumGoroutine()}</td><td>{@code GoroutineDump.goroutines().size()}</td></tr>
 * <tr><td>{@code fatal error: all goroutines are asleep - deadlock!}</td><td>{@code DeadlockWatchdog} (opt-in), or a {@code SyncTest} bubble</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * <ul>
 * <li>Deadlock detection outside a bubble is opt-in and periodic: the JVM's threads are not all
 *     goroutines, so the watchdog can only judge the goroutines and the threads it watches.</li>
 * <li>JFR records operations blocked longer than 20 ms as {@code dev.channels.Blocked} events.</li>
 * </ul>
 */
package dev.channels.runtime;
