package dev.channels.exercises;

import java.io.PrintStream;
import java.util.List;

/**
 * One version of an exercise: its task as the learner reads it, the API the learner's class
 * implements, the requirements its tests check, and optionally a demo that runs the learner's code
 * for them to watch ({@code exercises run NAME}).
 *
 * @param <A> the API the learner's class implements
 */
public record Variant<A>(String task, Class<A> api, List<Requirement<A>> requirements, Demo<A> demo) {
    /** A variant with no demo. */
    public Variant(String task, Class<A> api, List<Requirement<A>> requirements) {
        this(task, api, requirements, null);
    }

    /** Runs the learner's implementation in front of them, printing to a terminal. */
    @FunctionalInterface
    public interface Demo<A> {
        /** Runs {@code implementation} and prints what happens to {@code terminal}. */
        void run(A implementation, PrintStream terminal) throws Exception;
    }
}
