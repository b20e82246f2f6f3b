package dev.channels.exercises.challenges;

import java.time.Duration;

/** Real time since {@link #start()}, for requirements about deadlines kept against real servers. */
public final class Stopwatch {
    private final long started = System.nanoTime();

    private Stopwatch() {}

    /** A stopwatch running from now. */
    public static Stopwatch start() {
        return new Stopwatch();
    }

    /** The time since {@link #start()}. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The elapsed time in milliseconds, for messages. */
    public String millis() {
        return elapsed().toMillis() + " ms";
    }
}
