package dev.channels.runtime;

import dev.channels.internal.Goroutines;
import java.util.Set;

/**
 * Groups of goroutines, for test tools: every goroutine started while {@link #run} runs, directly
 * or by another goroutine of the group, belongs to the group. Tests running in parallel each use
 * their own group, so a leak check sees only its own test's goroutines.
 *
 * @go none: the closest is goleak's snapshot of all goroutines
 */
public final class GoroutineGroups {
    private GoroutineGroups() {}

    /**
     * Runs {@code body}; goroutines it starts, and theirs, belong to {@code group}.
     *
     * @go none
     */
    public static void run(Object group, Runnable body) {
        Goroutines.runInGroup(group, body);
    }

    /**
     * The live goroutines of {@code group}, as of one instant.
     *
     * @go none
     */
    public static Set<Thread> live(Object group) {
        return Goroutines.live(group);
    }
}
