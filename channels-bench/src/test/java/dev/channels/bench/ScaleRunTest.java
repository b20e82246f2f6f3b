package dev.channels.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The scale scenarios, scaled down by 100 (10,000 parked goroutines, a 1,000-node context tree,
 * 100,000 timed selects, 1,000 senders failed by a close): each checks its invariant and throws
 * when it breaks. Their times are printed, never asserted.
 */
class ScaleRunTest {

    @Test
    @Timeout(300)
    void scaledDownScenariosKeepTheirInvariants() throws InterruptedException {
        List<String> lines = ScaleRun.run(100);
        lines.forEach(System.out::println);
        assertEquals(4, lines.size());
    }
}
