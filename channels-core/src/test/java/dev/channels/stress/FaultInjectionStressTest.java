package dev.channels.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fault-injection run of {@link FaultInjectionRun}, short in CI. Scaled by
 * {@code -Dstress.multiplier} (rounds = 20 × multiplier) and seeded by {@code -Dstress.seed}; the
 * long run in docs/reliability.md uses a multiplier of 50.
 */
@Timeout(1800)
class FaultInjectionStressTest {
    private static final int MULTIPLIER = Integer.getInteger("stress.multiplier", 1);
    private static final long SEED = Long.getLong("stress.seed", 1);

    @Test
    void nothingIsLostDuplicatedOrStuckUnderFaults() throws InterruptedException {
        FaultInjectionRun.Report report = FaultInjectionRun.run(20 * MULTIPLIER, SEED);
        System.out.println(report.summary());
        assertTrue(report.unexpected().isEmpty(), () -> "undocumented exceptions: " + report.unexpected());
        assertEquals(0, report.receivedAfterFailedSend(), "values received although their send failed");
        assertEquals("stress: %d ops, %d faults, lost=0, duplicated=0, stuck=0".formatted(report.ops(), report.faults()), report.summary());
        assertTrue(report.faults() > 0 && report.ops() > report.faults(), "the run did something");
    }

    /** The report can fail: a consumer that forgets values it received shows as lost ones. */
    @Test
    void forgottenValuesAreReportedLost() throws InterruptedException {
        FaultInjectionRun.Report report = FaultInjectionRun.run(3, SEED, FaultInjectionRun.Sabotage.FORGET_RECEIVED_VALUES);
        assertTrue(report.lost() > 0, report.summary());
    }

    /** The report can fail: a consumer that counts a value twice shows as a duplicate. */
    @Test
    void valuesCountedTwiceAreReportedDuplicated() throws InterruptedException {
        FaultInjectionRun.Report report = FaultInjectionRun.run(3, SEED, FaultInjectionRun.Sabotage.COUNT_RECEIVED_VALUES_TWICE);
        assertTrue(report.duplicated() > 0, report.summary());
    }
}
