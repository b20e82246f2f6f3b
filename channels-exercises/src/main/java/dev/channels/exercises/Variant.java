package dev.channels.exercises;

import java.util.List;

/**
 * One version of an exercise: its task as the learner reads it, the API the learner's class
 * implements, and the requirements its tests check.
 *
 * @param <A> the API the learner's class implements
 */
public record Variant<A>(String task, Class<A> api, List<Requirement<A>> requirements) {}
