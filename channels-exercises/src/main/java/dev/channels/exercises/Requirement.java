package dev.channels.exercises;

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

    /** Throws an {@link AssertionError} with {@code message} unless {@code condition} holds. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
