package dev.channels.runtime;

import dev.channels.internal.Diagnostics;
import dev.channels.internal.Goroutines;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A dump of the live goroutines started through the library, in Go's traceback format: each
 * goroutine's header with what it is blocked in and for how long ({@code goroutine 7 [chan
 * receive, 2 minutes]:}), the channel it waits on with its name, len and cap, then its Java stack.
 *
 * @go {@code runtime.Stack(buf, true)}, or the dump of {@code SIGQUIT}
 */
public final class GoroutineDump {
    private GoroutineDump() {}

    /**
     * Dumps every live goroutine.
     *
     * @go {@code runtime.Stack(buf, true)}
     */
    public static String all() {
        return Diagnostics.dump(Goroutines.live());
    }

    /**
     * Dumps the given threads (goroutines or not), for example a test's main thread together with
     * the goroutines it started.
     *
     * @go none
     */
    public static String of(Collection<Thread> threads) {
        return Diagnostics.dump(new ArrayList<>(threads));
    }

    /**
     * The live goroutines, as of one instant.
     *
     * @go {@code runtime.NumGoroutine()} counts them
     */
    public static List<Thread> goroutines() {
        return List.copyOf(Goroutines.live());
    }
}
