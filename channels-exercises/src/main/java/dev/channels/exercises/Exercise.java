package dev.channels.exercises;

import java.util.List;

/**
 * An exercise: a name for the command line, a one-line task, the API the learner implements, the
 * class name of the learner's file, its variants (each a stub and a reference solution kept as
 * resources under {@code exercises/NAME/}), and the requirements its tests check.
 *
 * @param <A> the API the learner's class implements
 */
public record Exercise<A>(String name, String kind, String task, Class<A> api, String className, int variants,
                          List<Requirement<A>> requirements) {
    /** The resource holding variant {@code k}'s stub ({@code solution == false}) or reference solution. */
    public String resource(int k, boolean solution) {
        return "/exercises/" + name + "/" + (variants > 1 ? "v" + k + "/" : "") + (solution ? "solution/" : "stub/") + className + ".java";
    }
}
