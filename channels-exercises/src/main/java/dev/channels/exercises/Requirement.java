package dev.channels.exercises;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;

import dev.channels.ReceiveChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One thing an exercise asks for: what it is, a hint for a learner whose code misses it, and the
 * check, which throws (an {@link AssertionError} with a message, or anything else) when the
 * learner's implementation does not meet it.
 *
 * @param <A> the exercise's API, which the learner's class implements
 */
public record Requirement<A>(String description, String hint, Check<A> check) {
    /** A check of one requirement against the learner's implementation. */
    @FunctionalInterface
    public interface Check<A> {
        /** Throws when {@code implementation} misses the requirement. */
        void run(A implementation) throws Exception;
    }

    /**
     * The next value of {@code value}, waited for at most {@code limit} of real time; an
     * {@link AssertionError} with {@code message} if none comes.
     */
    public static <T> T within(Duration limit, ReceiveChannel<T> value, String message) {
        AtomicReference<T> got = new AtomicReference<>();
        var timeout = onTimeout(limit, () -> { });
        if (select(onReceive(value, got::set), timeout) == timeout) {
            throw new AssertionError(message);
        }
        return got.get();
    }

    /** Throws an {@link AssertionError} with {@code message} unless {@code condition} holds. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
