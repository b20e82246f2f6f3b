package dev.channels;

import dev.channels.internal.Bubble;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Go's {@code select} statement: waits on several channel operations and runs exactly one.
 *
 * <p>{@link #select} blocks until one case can proceed, then runs that case and only that case.
 * When several are ready it chooses one uniformly at random, as Go does; a {@link #seeded} select
 * makes the choice reproducible, and {@link #selectInOrder} lets the first ready case win. A
 * {@link #onDefault} case makes the select non-blocking; an {@link #onTimeout} case bounds the
 * wait without starting any thread.
 *
 * {@snippet :
 * import static dev.channels.Select.*;
 *
 * select(
 *     onReceive(ch1, msg -> System.out.println("from ch1: " + msg)),
 *     onReceive(ch2, msg -> System.out.println("from ch2: " + msg)),
 *     onTimeout(Duration.ofSeconds(5), () -> System.out.println("timed out")));
 * }
 *
 * <p>The call is the statement: there is no separate build step, so a select cannot be built and
 * then forgotten. It returns the {@link Case} that fired, so a loop can end on a case:
 *
 * {@snippet :
 * for (;;) {
 *     var done = onReceive(ctx.done(), closed -> System.out.println("shutting down"));
 *     if (select(onReceive(jobs, job -> process(job)), done) == done) {
 *         return;
 *     }
 * }
 * }
 *
 * <p>Semantics, as in Go: a case on the nil channel is never ready; a receive case on a closed
 * channel is ready and receives {@code (null, false)}; a chosen send case on a closed channel
 * throws {@link SendOnClosedChannelException}; a channel may appear in several cases; a select
 * with no cases (or only nil-channel cases) blocks until interrupted. Handlers run on the calling
 * thread after the select has completed, holding no lock. See
 * {@code docs/adr/0004-select.md}.
 *
 * @go {@code select { case ...: ... }}
 */
public final class Select {
    private Select() {}

    /**
     * Blocks until one of {@code cases} can proceed, runs it, and returns it. Among several ready
     * cases, one is chosen uniformly at random (inside a {@code SyncTest} bubble, from the bubble's
     * seed).
     *
     * @param cases the cases; none may be null; at most one {@link Case.Default}
     * @return the case that fired
     * @throws SendOnClosedChannelException if a send case is chosen on a closed channel
     * @throws OperationInterruptedException if the thread is interrupted while waiting; no case
     *         fired, and the interrupt status stays set
     * @throws IllegalArgumentException if there are two default cases, or a channel was not made
     *         by {@link Channel#make()}
     * @go {@code select { ... }}
     */
    public static Case select(Case... cases) {
        Case decided = SelectRun.nonBlocking(Objects.requireNonNull(cases, "cases"));
        if (decided != null) {
            return decided;
        }
        RandomGenerator bubbleRandom = Bubble.randomOrNull(); // a SyncTest bubble's seeded source
        return SelectRun.run(Objects.requireNonNull(cases, "cases"), bubbleRandom != null ? bubbleRandom : ThreadLocalRandom.current());
    }

    /**
     * Like {@link #select}, but when several cases are ready the first one listed wins. For the
     * pattern "a stop channel must win over work", which Go spells as two nested selects.
     *
     * @param cases the cases, in priority order
     * @return the case that fired
     * @go {@code select { case <-stop: ...; default: select { ... } }} (a priority select)
     */
    public static Case selectInOrder(Case... cases) {
        Case decided = SelectRun.nonBlocking(Objects.requireNonNull(cases, "cases"));
        if (decided != null) {
            return decided;
        }
        return SelectRun.run(Objects.requireNonNull(cases, "cases"), null);
    }

    /**
     * Returns a select whose random choices come from {@code seed}: the same seed and the same
     * sequence of ready sets give the same choices, so a failing test can be replayed.
     *
     * @go none: Go's select randomness cannot be seeded
     */
    public static Seeded seeded(long seed) {
        return new Seeded(new Random(seed));
    }

    /**
     * A case that receives from {@code channel}; {@code handler} gets the value, or {@code null}
     * once the channel is closed and drained.
     *
     * @go {@code case v := <-ch:}
     */
    public static <T> Case.Receive<T> onReceive(ReceiveChannel<T> channel, Consumer<? super T> handler) {
        return new Case.Receive<>(channel, handler);
    }

    /**
     * A case that receives from {@code channel} and discards the value.
     *
     * @go {@code case <-ch:}
     */
    public static <T> Case.Receive<T> onReceive(ReceiveChannel<T> channel) {
        return new Case.Receive<>(channel, ignored -> {});
    }

    /**
     * A case that receives from {@code channel}; {@code handler} gets the value and {@code ok}.
     *
     * @go {@code case v, ok := <-ch:}
     */
    public static <T> Case.ReceiveOk<T> onReceiveOk(ReceiveChannel<T> channel, ReceiveOkHandler<? super T> handler) {
        return new Case.ReceiveOk<>(channel, handler);
    }

    /**
     * A case that sends {@code value} on {@code channel}, then runs {@code handler}.
     *
     * @go {@code case ch <- value:}
     */
    public static <T> Case.Send<T> onSend(SendChannel<T> channel, T value, Runnable handler) {
        return new Case.Send<>(channel, value, handler);
    }

    /**
     * A case that sends {@code value} on {@code channel} and does nothing more.
     *
     * @go {@code case ch <- value:}
     */
    public static <T> Case.Send<T> onSend(SendChannel<T> channel, T value) {
        return new Case.Send<>(channel, value, () -> {});
    }

    /**
     * The case that fires when no other case is ready.
     *
     * @go {@code default:}
     */
    public static Case.Default onDefault(Runnable handler) {
        return new Case.Default(handler);
    }

    /**
     * An empty default case: the select does nothing if no other case is ready.
     *
     * @go {@code default:}
     */
    public static Case.Default onDefault() {
        return new Case.Default(() -> {}); // not a shared instance: Lincheck cannot read records held in static fields
    }

    /**
     * The case that fires when {@code after} has passed and no other case fired.
     *
     * @go {@code case <-time.After(after):}
     */
    public static Case.Timeout onTimeout(Duration after, Runnable handler) {
        return new Case.Timeout(after, handler);
    }

    /**
     * A select with its own seeded source of randomness; see {@link Select#seeded(long)}.
     * Thread-safe, but choices are reproducible only when one thread uses it.
     * @go none: Go's select randomness cannot be seeded
     */
    public static final class Seeded {
        private final RandomGenerator random;

        private Seeded(RandomGenerator random) {
            this.random = random;
        }

        /**
         * Like {@link Select#select}, choosing among ready cases with this source.
         *
         * @go {@code select { ... }}
         */
        public Case select(Case... cases) {
            return SelectRun.run(Objects.requireNonNull(cases, "cases"), random);
        }
    }
}
