package dev.channels.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Goroutine dumps in Go's traceback format: a header per goroutine with what it is blocked in and
 * for how long, what it waits on, then its Java stack.
 *
 * <pre>
 * goroutine 7 [chan receive, 2 minutes]:
 *     on chan "jobs" (len 0, cap 0)
 *     at dev.channels.examples.L02WorkerPool.worker(L02WorkerPool.java:31)
 *     ...
 * </pre>
 *
 * <p>Not part of the public API: use {@code dev.channels.runtime.GoroutineDump}.
 */
public final class Diagnostics {
    private Diagnostics() {}

    /** Timers and tickers of the system clock that may still fire. */
    public static int pendingSystemTimers() {
        return SystemClock.INSTANCE.pendingActions();
    }

    /**
     * Whether {@code thread} is parked in the library with no deadline and its operation still
     * open: only another thread can wake it. Returns the waiter, or null.
     */
    public static Waiter untimedWaiter(Thread thread) {
        if (LockSupport.getBlocker(thread) instanceof Waiter w && w.state() == Waiter.WAITING && !w.isTimed()) {
            return w;
        }
        return null;
    }

    /** A dump of {@code threads}, ordered by goroutine number. */
    public static String dump(Collection<Thread> threads) {
        List<Thread> sorted = new ArrayList<>(threads);
        sorted.sort(Comparator.comparingLong(Diagnostics::goroutineNumber).thenComparing(Thread::getName));
        StringBuilder out = new StringBuilder();
        for (Thread t : sorted) {
            if (!t.isAlive()) {
                continue;
            }
            StackTraceElement[] stack = t.getStackTrace();
            Object blocker = LockSupport.getBlocker(t);
            out.append(header(t, blocker)).append('\n');
            if (blocker instanceof Waiter w && w.subject() != null) {
                out.append("    on ").append(describeSubject(w.subject())).append('\n');
            }
            for (int i = firstInterestingFrame(stack); i < stack.length; i++) {
                out.append("    at ").append(stack[i]).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Skips the parking machinery at the top of a stack (Go's dump hides runtime.gopark alike). */
    private static int firstInterestingFrame(StackTraceElement[] stack) {
        int i = 0;
        while (i < stack.length - 1 && isParkingFrame(stack[i].getClassName())) {
            i++;
        }
        return i;
    }

    private static boolean isParkingFrame(String className) {
        return className.equals("jdk.internal.misc.Unsafe")
                || className.equals("java.lang.VirtualThread")
                || className.startsWith("java.lang.System$")
                || className.equals("java.util.concurrent.locks.LockSupport")
                || className.equals(Waiter.class.getName())
                || className.equals(Bubble.class.getName());
    }

    /** Go's traceback header: {@code goroutine 7 [chan receive, 2 minutes]:}. */
    static String header(Thread t, Object blocker) {
        String name = goroutineNumber(t) >= 0 ? "goroutine " + goroutineNumber(t) : "thread \"" + t.getName() + "\"";
        String state;
        if (blocker instanceof Waiter w) {
            state = w.operation().goName();
            long minutes = TimeUnit.NANOSECONDS.toMinutes(System.nanoTime() - w.sinceNanos());
            if (minutes >= 1) {
                state += ", " + minutes + (minutes == 1 ? " minute" : " minutes");
            }
        } else {
            state = switch (t.getState()) {
                case RUNNABLE -> "running";
                case BLOCKED -> "semacquire";
                case WAITING, TIMED_WAITING -> "waiting";
                default -> t.getState().name().toLowerCase();
            };
        }
        return name + " [" + state + "]:";
    }

    /** The N of a thread named {@code goroutine-N}, or -1. */
    static long goroutineNumber(Thread t) {
        String name = t.getName();
        if (name.startsWith("goroutine-")) {
            try {
                return Long.parseLong(name.substring("goroutine-".length()));
            } catch (NumberFormatException ignored) {
                return -1;
            }
        }
        return -1;
    }

    /** What a waiter waits on, for humans: a channel with its name, len and cap, or several. */
    public static String describeSubject(Object subject) {
        if (subject instanceof Object[] many) {
            StringBuilder sb = new StringBuilder();
            for (Object one : many) {
                sb.append(sb.isEmpty() ? "" : ", ").append(describeSubject(one));
            }
            return sb.toString();
        }
        if (subject instanceof ChannelCore<?> ch) {
            String name = ch.name();
            return "chan" + (name == null ? "" : " \"" + name + "\"") + " (len " + ch.length() + ", cap " + ch.capacity() + (ch.isClosed() ? ", closed" : "") + ")";
        }
        if (subject instanceof NilChannel<?>) {
            return "nil chan";
        }
        return String.valueOf(subject);
    }
}
