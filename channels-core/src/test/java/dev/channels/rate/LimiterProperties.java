package dev.channels.rate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.channels.testing.SyncTest;
import dev.channels.time.Time;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bounds of the token bucket, in a fake-clock bubble. */
@Timeout(120)
class LimiterProperties {

    /**
     * In any window of length t, the limiter admits at most burst + rate × t events, whatever the
     * arrival times of the requests.
     */
    @Test
    void neverAdmitsMoreThanBurstPlusRateTimesT() {
        qt().withExamples(200)
                .forAll(integers().between(1, 200), integers().between(1, 10),
                        lists().of(integers().between(0, 300)).ofSizeBetween(1, 200))
                .checkAssert((ratePerTenSeconds, burst, gapsMillis) -> {
                    double rate = ratePerTenSeconds / 10.0;
                    List<Long> admitted = new ArrayList<>();
                    SyncTest.run(() -> {
                        var lim = new Limiter(Limit.of(rate), burst);
                        long now = 0;
                        for (int gap : gapsMillis) {
                            Time.sleep(Duration.ofMillis(gap));
                            now += gap;
                            if (lim.allow()) {
                                admitted.add(now);
                            }
                        }
                    });
                    for (int i = 0; i < admitted.size(); i++) {
                        for (int j = i; j < admitted.size(); j++) {
                            double windowSeconds = (admitted.get(j) - admitted.get(i)) / 1000.0;
                            int events = j - i + 1;
                            assertTrue(events <= burst + rate * windowSeconds + 1e-6,
                                    events + " events in " + windowSeconds + " s at rate " + rate + " and burst " + burst);
                        }
                    }
                });
    }

    /**
     * Under constant demand (a request every 10 ms for T seconds), the limiter admits at least
     * what a textbook token bucket admits: an exact integer model that adds rate × 10 ms of tokens
     * every 10 ms, caps them at the burst and takes one per admitted event, which is what Go's
     * limiter computes for allow() alone. The limiter's floating point may round one event away.
     */
    @Test
    void admitsAtLeastWhatAnExactTokenBucketAdmits() {
        qt().withExamples(50)
                .forAll(integers().between(1, 200), integers().between(1, 10), integers().between(1, 20))
                .checkAssert((ratePerTenSeconds, burst, seconds) -> {
                    double rate = ratePerTenSeconds / 10.0;
                    int[] admitted = new int[1];
                    SyncTest.run(() -> {
                        var lim = new Limiter(Limit.of(rate), burst);
                        for (int step = 0; step <= seconds * 100; step++) {
                            if (lim.allow()) {
                                admitted[0]++;
                            }
                            Time.sleep(Duration.ofMillis(10));
                        }
                    });
                    // The model counts in units of 1/1,000 token: rate k/10 per second adds k units every 10 ms.
                    long unitsPerToken = 1_000;
                    long tokens = burst * unitsPerToken; // starts full
                    int expected = 0;
                    for (int step = 0; step <= seconds * 100; step++) {
                        if (step > 0) {
                            tokens = Math.min(burst * unitsPerToken, tokens + ratePerTenSeconds);
                        }
                        if (tokens >= unitsPerToken) {
                            tokens -= unitsPerToken;
                            expected++;
                        }
                    }
                    assertTrue(admitted[0] >= expected - 1, admitted[0] + " admitted; the exact bucket admits " + expected);
                    assertTrue(admitted[0] <= burst + rate * seconds + 1e-6, admitted[0] + " admitted, more than the bound");
                });
    }
}
