package dev.channels.exercises;

import java.util.List;

/**
 * An exercise: a name for the command line, its kind ({@code warm-up} or {@code challenge}), a
 * one-line summary, the class name of the learner's file, and its variants. Variant {@code k}'s
 * stub and reference solution are resources under {@code exercises/NAME/} (under
 * {@code exercises/NAME/vK/} when there is more than one variant).
 */
public record Exercise(String name, String kind, String summary, String className, List<Variant<?>> variants) {
    /** A warm-up: one variant, whose task is the summary. */
    public static <A> Exercise drill(String name, String task, Class<A> api, String className, List<Requirement<A>> requirements) {
        return new Exercise(name, "warm-up", task, className, List.of(new Variant<>(task, api, requirements)));
    }

    /** Variant {@code k}, counted from 1. */
    public Variant<?> variant(int k) {
        return variants.get(k - 1);
    }

    /** The resource holding variant {@code k}'s stub ({@code solution == false}) or reference solution. */
    public String resource(int k, boolean solution) {
        return "/exercises/" + name + "/" + (variants.size() > 1 ? "v" + k + "/" : "") + (solution ? "solution/" : "stub/") + className + ".java";
    }
}
