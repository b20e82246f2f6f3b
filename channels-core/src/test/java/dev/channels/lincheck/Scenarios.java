package dev.channels.lincheck;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;

/**
 * Random Lincheck scenarios in which every blocking operation can complete.
 *
 * <p>Lincheck has no notion of a Java operation that blocks until another thread acts
 * (JetBrains/lincheck#167): a thread parked at the end of a run is reported as a deadlock. So the
 * scenarios are built, not left to Lincheck's generator: two worker threads draw any operations,
 * blocking ones included, and a third thread ends by closing every channel. A blocked send then
 * fails with "send on closed channel" and a blocked receive returns the zero value, so every
 * interleaving finishes, and the checker sees sends and receives that block and are released by a
 * counterpart, by a close, or not at all.
 *
 * @param workerOps operations the two workers draw from (no closes)
 * @param closerPrefix non-blocking operations the closing thread may run first
 * @param closes the closes that end the third thread, in order
 * @param sideOps non-blocking operations for the parts before and after the parallel one
 */
record Scenarios(Class<?> target, List<String> workerOps, List<String> closerPrefix, List<String> closes, List<String> sideOps) {

    /** {@code count} scenarios drawn from {@code seed}. */
    List<ExecutionScenario> draw(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ExecutionScenario> scenarios = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Actor> init = actors(random, sideOps, random.nextInt(3));
            List<Actor> closer = actors(random, closerPrefix, random.nextInt(2));
            for (String close : closes) {
                closer.add(actor(close, random));
            }
            List<List<Actor>> parallel = List.of(
                    actors(random, workerOps, 1 + random.nextInt(3)),
                    actors(random, workerOps, 1 + random.nextInt(3)),
                    closer);
            List<Actor> post = actors(random, sideOps, 1 + random.nextInt(2));
            scenarios.add(new ExecutionScenario(init, parallel, post, null));
        }
        return scenarios;
    }

    /** One scenario spelled out: each thread a list of operation names ("trySend" gets value 1, 2, ...). */
    ExecutionScenario exactly(List<String> init, List<List<String>> parallel, List<String> post) {
        int[] next = {1};
        java.util.function.Function<List<String>, List<Actor>> toActors = names -> {
            List<Actor> actors = new ArrayList<>();
            for (String name : names) {
                Method method = method(name);
                actors.add(method.getParameterCount() == 0 ? new Actor(method, List.of()) : new Actor(method, List.of(next[0]++)));
            }
            return actors;
        };
        return new ExecutionScenario(toActors.apply(init), parallel.stream().map(toActors).toList(), toActors.apply(post), null);
    }

    private List<Actor> actors(SplittableRandom random, List<String> menu, int n) {
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < n && !menu.isEmpty(); i++) {
            actors.add(actor(menu.get(random.nextInt(menu.size())), random));
        }
        return actors;
    }

    private Actor actor(String name, SplittableRandom random) {
        Method method = method(name);
        List<Object> args = method.getParameterCount() == 0 ? List.of() : List.of(1 + random.nextInt(9));
        return new Actor(method, args);
    }

    private Method method(String name) {
        return Arrays.stream(target.getMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + name + " on " + target.getSimpleName()));
    }
}
