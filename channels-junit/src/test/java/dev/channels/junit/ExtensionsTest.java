package dev.channels.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The JUnit extensions, run through the real JUnit engine on fixture classes. */
@Timeout(60)
class ExtensionsTest {

    private static Events run(Class<?> fixture, boolean parallel) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(fixture))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", Boolean.toString(parallel))
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .execute()
                .testEvents();
    }

    /** A test that leaves a goroutine behind fails, naming it; the others pass, also in parallel. */
    @Test
    void leakCheckBlamesOnlyTheLeakingTest() {
        for (boolean parallel : new boolean[] {false, true}) {
            Events events = run(Fixtures.LeakChecked.class, parallel);
            events.assertStatistics(stats -> stats.started(10).succeeded(9).failed(1));
            events.assertThatEvents().haveExactly(1, event(test("leaks"),
                    finishedWithFailure(instanceOf(AssertionError.class),
                            message(m -> m.startsWith("found unexpected goroutines:") && m.contains("[chan receive]:")
                                    && m.contains("on chan \"forgotten\" (len 0, cap 0)")))));
            events.assertThatEvents().haveExactly(1, event(test("cleansUp"), finishedSuccessfully()));
        }
    }

    /** @InBubble runs a test on the fake clock, and reports its deadlocks and failures. */
    @Test
    void inBubbleRunsOnTheFakeClock() {
        Events events = run(Fixtures.Bubbled.class, false);
        events.assertStatistics(stats -> stats.started(3).succeeded(1).failed(2));
        events.assertThatEvents().haveExactly(1, event(test("sleepsAnHourInNoTime"), finishedSuccessfully()));
        events.assertThatEvents().haveExactly(1, event(test("deadlocks"),
                finishedWithFailure(message(m -> m.startsWith("all goroutines are asleep - deadlock!") && m.contains("on chan \"never\"")))));
        events.assertThatEvents().haveExactly(1, event(test("failsAnAssertion"),
                finishedWithFailure(message(m -> m.contains("expected: <1> but was: <2>")))));
    }
}
