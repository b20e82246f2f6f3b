package dev.channels;

import static dev.channels.Select.onReceive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Select fairness, as Go's TestSelectFairness checks it: with k cases always ready, each wins
 * about n/k of n selects. The bound is six standard deviations of the binomial count, and the
 * choices come from a seeded select, so the test is deterministic: it never flakes, and a
 * failure replays from the seed QuickTheories prints.
 */
@Timeout(60)
class SelectFairnessProperties {

    /** k always-ready cases over n selects each win n/k times, within six standard deviations. */
    @Test
    void readyCasesWinEquallyOften() {
        qt().withExamples(30)
                .forAll(integers().between(2, 6), longs().all())
                .checkAssert((k, seed) -> {
                    int n = 3_000 * k;
                    int[] wins = run(Select.seeded(seed)::select, k, n);
                    double p = 1.0 / k;
                    double sigma = Math.sqrt(n * p * (1 - p));
                    for (int i = 0; i < k; i++) {
                        assertTrue(Math.abs(wins[i] - n * p) <= 6 * sigma,
                                "case " + i + " won " + wins[i] + " of " + n + " (expected " + n * p + " ± " + 6 * sigma + "): " + Arrays.toString(wins));
                    }
                });
    }

    /** The unseeded select is fair too; 7 sigma makes a false failure about one in 10^11. */
    @Test
    void unseededSelectIsFair() {
        int k = 3;
        int n = 30_000;
        int[] wins = run(Select::select, k, n);
        double p = 1.0 / k;
        double sigma = Math.sqrt(n * p * (1 - p));
        for (int i = 0; i < k; i++) {
            assertTrue(Math.abs(wins[i] - n * p) <= 7 * sigma, Arrays.toString(wins));
        }
    }

    /** selectInOrder is deliberately unfair: the first ready case always wins. */
    @Test
    void selectInOrderAlwaysPicksTheFirst() {
        int[] wins = run(Select::selectInOrder, 4, 1_000);
        assertEquals(1_000, wins[0], Arrays.toString(wins));
    }

    private interface SelectFunction {
        Case select(Case... cases);
    }

    /** Runs n selects over k buffered channels that are kept ready; returns each case's wins. */
    private static int[] run(SelectFunction select, int k, int n) {
        @SuppressWarnings("unchecked")
        Channel<Integer>[] channels = new Channel[k];
        Case[] cases = new Case[k];
        int[] wins = new int[k];
        for (int i = 0; i < k; i++) {
            int index = i;
            channels[i] = Channel.make(1);
            channels[i].send(i);
            cases[i] = onReceive(channels[i], v -> {
                wins[index]++;
                channels[index].send(index); // ready again for the next select
            });
        }
        for (int round = 0; round < n; round++) {
            select.select(cases);
        }
        return wins;
    }
}
