package dev.channels.lincheck;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.LincheckAssertionError;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.strategy.managed.modelchecking.ModelCheckingOptions;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Linearizability of {@code Channel} at capacities 0, 1 and 2 and of two-case selects, checked by
 * Lincheck against {@link dev.channels.ChannelModel}: model checking (every interleaving of the
 * switch points Lincheck explores, deterministic) and stress (real threads). Scaled by
 * {@code -Dlincheck.scenarios} (scenarios per target, default 4) and {@code -Dlincheck.invocations}
 * (interleavings model-checked per scenario, default 50); {@code -Dlincheck.seed} picks the
 * scenarios. A model-checked interleaving costs about 45 ms here (Lincheck traces the lock's
 * internals too), so CI runs the defaults and docs/reliability.md records a long run.
 *
 * <p>{@code trySend} is left out at capacity 0: it succeeds only while a receiver is parked, a state
 * that a sequential specification cannot hold (see {@link dev.channels.ChannelModel}).
 */
@Timeout(600)
class ChannelLincheckTest {
    private static final int SCENARIOS = Integer.getInteger("lincheck.scenarios", 4);
    private static final int INVOCATIONS = Integer.getInteger("lincheck.invocations", 50);
    private static final long SEED = Long.getLong("lincheck.seed", 2026);

    private static final List<String> BUFFERED_WORKER_OPS = List.of("send", "trySend", "receive", "receiveOk", "tryReceive", "length");
    private static final List<String> UNBUFFERED_WORKER_OPS = List.of("send", "receive", "receiveOk", "tryReceive", "length");
    private static final List<String> BUFFERED_SIDE_OPS = List.of("trySend", "tryReceive", "length");
    private static final List<String> UNBUFFERED_SIDE_OPS = List.of("tryReceive", "length");

    @Test
    void unbufferedChannelIsLinearizable() {
        check(ChannelUnderTest.Unbuffered.class, ChannelSpec.Unbuffered.class, channelScenarios(ChannelUnderTest.Unbuffered.class, false));
    }

    @Test
    void channelOfCapacityOneIsLinearizable() {
        check(ChannelUnderTest.BufferedOne.class, ChannelSpec.BufferedOne.class, channelScenarios(ChannelUnderTest.BufferedOne.class, true));
    }

    @Test
    void channelOfCapacityTwoIsLinearizable() {
        check(ChannelUnderTest.BufferedTwo.class, ChannelSpec.BufferedTwo.class, channelScenarios(ChannelUnderTest.BufferedTwo.class, true));
    }

    @Test
    void twoCaseSelectsOnUnbufferedChannelsAreLinearizable() {
        check(SelectUnderTest.Unbuffered.class, SelectSpec.Unbuffered.class, selectScenarios(SelectUnderTest.Unbuffered.class));
    }

    @Test
    void twoCaseSelectsOnBufferedChannelsAreLinearizable() {
        check(SelectUnderTest.BufferedOne.class, SelectSpec.BufferedOne.class, selectScenarios(SelectUnderTest.BufferedOne.class));
    }

    /** The checks can fail: a channel whose trySend checks for room and sends in two steps is caught. */
    @Test
    void modelCheckingCatchesALossyChannel() {
        Scenarios scenarios = channelScenarios(ChannelUnderTest.Lossy.class, true);
        ExecutionScenario twoTrySends = scenarios.exactly(List.of(), List.of(List.of("trySend"), List.of("trySend"), List.of("close")), List.of("tryReceive", "tryReceive"));
        assertThrows(LincheckAssertionError.class, () -> LinChecker.check(ChannelUnderTest.Lossy.class, modelChecking(ChannelSpec.BufferedOne.class, List.of(twoTrySends))));
    }

    private static Scenarios channelScenarios(Class<?> target, boolean buffered) {
        return new Scenarios(target,
                buffered ? BUFFERED_WORKER_OPS : UNBUFFERED_WORKER_OPS,
                buffered ? BUFFERED_SIDE_OPS : UNBUFFERED_SIDE_OPS,
                List.of("close"),
                buffered ? BUFFERED_SIDE_OPS : UNBUFFERED_SIDE_OPS);
    }

    private static Scenarios selectScenarios(Class<?> target) {
        return new Scenarios(target,
                List.of("selectReceiveReceive", "selectReceiveSend", "sendA", "sendB", "receiveA", "receiveB"),
                List.of(),
                List.of("closeA", "closeB"),
                List.of());
    }

    private static void check(Class<?> target, Class<?> spec, Scenarios scenarios) {
        List<ExecutionScenario> drawn = scenarios.draw(SEED, SCENARIOS);
        long t0 = System.nanoTime();
        LinChecker.check(target, modelChecking(spec, drawn));
        long t1 = System.nanoTime();
        LinChecker.check(target, stress(spec, drawn));
        System.out.printf("lincheck %s.%s: %d scenarios, model checking %d ms, stress %d ms%n", target.getDeclaringClass().getSimpleName(), target.getSimpleName(), drawn.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    }

    private static ModelCheckingOptions modelChecking(Class<?> spec, List<ExecutionScenario> scenarios) {
        ModelCheckingOptions options = new ModelCheckingOptions()
                .iterations(0)
                .invocationsPerIteration(INVOCATIONS)
                .sequentialSpecification(spec);
        scenarios.forEach(options::addCustomScenario);
        return options;
    }

    private static StressOptions stress(Class<?> spec, List<ExecutionScenario> scenarios) {
        StressOptions options = new StressOptions()
                .iterations(0)
                .invocationsPerIteration(1_000)
                .sequentialSpecification(spec);
        scenarios.forEach(options::addCustomScenario);
        return options;
    }
}
