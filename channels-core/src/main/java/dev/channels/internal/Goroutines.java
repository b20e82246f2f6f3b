package dev.channels.internal;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Starts goroutines and keeps the set of live ones, for diagnostics (a goroutine dump reads each
 * one's blocker, a {@link Waiter}, through {@link java.util.concurrent.locks.LockSupport#getBlocker}).
 *
 * <p>A goroutine belongs to the bubble of the thread that started it, if any, and carries the
 * group tag of that thread (see {@link #runInGroup}), so that a test can find the goroutines it
 * started even while other tests run in parallel.
 *
 * <p>Not part of the public API.
 */
public final class Goroutines {
    private static final AtomicLong IDS = new AtomicLong();
    private static final Object NO_GROUP = new Object();
    private static final Map<Thread, Object> LIVE = new ConcurrentHashMap<>(); // thread -> group tag
    private static final InheritableThreadLocal<Object> GROUP = new InheritableThreadLocal<>();

    private Goroutines() {}

    private static volatile Runnable firstStartHook; // starts the watchdog if the property asks; then null

    /** Registers an action to run on the first start of a goroutine, on the starting thread. */
    public static void onFirstStart(Runnable hook) {
        firstStartHook = hook;
    }

    /** Starts {@code body} on a new virtual thread named {@code goroutine-N}. */
    public static Thread start(Runnable body) {
        Runnable hook = firstStartHook;
        if (hook != null) {
            firstStartHook = null;
            hook.run();
        }
        Bubble bubble = Bubble.current();
        Object group = GROUP.get();
        Thread thread = Thread.ofVirtual().name("goroutine-" + IDS.incrementAndGet()).unstarted(() -> {
            try {
                body.run();
            } finally {
                Thread self = Thread.currentThread();
                LIVE.remove(self);
                if (bubble != null) {
                    bubble.exited(self);
                }
            }
        });
        LIVE.put(thread, group == null ? NO_GROUP : group);
        if (bubble != null) {
            bubble.register(thread);
        }
        thread.start();
        return thread;
    }

    /** The goroutines started and not yet finished, as of one instant. */
    public static Set<Thread> live() {
        return Set.copyOf(LIVE.keySet());
    }

    /** The live goroutines started, directly or not, inside {@link #runInGroup} with {@code group}. */
    public static Set<Thread> live(Object group) {
        Objects.requireNonNull(group, "group");
        return LIVE.entrySet().stream().filter(e -> e.getValue() == group).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** Runs {@code body} so that every goroutine it starts, and theirs, carries {@code group}. */
    public static void runInGroup(Object group, Runnable body) {
        Object previous = GROUP.get();
        GROUP.set(Objects.requireNonNull(group, "group"));
        try {
            body.run();
        } finally {
            GROUP.set(previous);
        }
    }
}
