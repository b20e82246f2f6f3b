package dev.channels.exercises;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a variant's requirements against one implementation, each on its own virtual thread
 * with a time limit, so that a stub that blocks fails its requirement instead of hanging the
 * command.
 */
final class Checker {
    /** How long one requirement may take; a correct solution takes milliseconds. */
    static final Duration LIMIT = Duration.ofSeconds(5);

    /** One requirement's outcome: passed, or why not. */
    record Result(String description, String hint, String failure) {
        boolean passed() {
            return failure == null;
        }
    }

    private Checker() {}

    static <A> List<Result> check(Variant<A> variant, A implementation) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        for (Requirement<A> requirement : variant.requirements()) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread check = Thread.ofVirtual().name("check " + requirement.description()).start(() -> {
                try {
                    requirement.check().run(implementation);
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            String why;
            if (!check.join(LIMIT)) {
                check.interrupt();
                why = "still running after " + LIMIT.toSeconds() + " s: something blocks";
            } else if (failure.get() == null) {
                why = null;
            } else if (failure.get() instanceof AssertionError e && e.getMessage() != null) {
                why = e.getMessage();
            } else {
                why = failure.get().toString();
            }
            results.add(new Result(requirement.description(), requirement.hint(), why));
        }
        return results;
    }
}
