package dev.channels.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The memory figures, scaled down by 100 (1,000 objects each, 10,000 goroutines): every figure is
 * printed in the form report.py reads. The values are printed, never asserted, except that a
 * channel and a parked goroutine cannot cost nothing.
 */
class MemoryRunTest {

    @Test
    @Timeout(300)
    void scaledDownFiguresArePrintedForTheReport() throws InterruptedException {
        List<String> lines = MemoryRun.run(100);
        lines.forEach(System.out::println);
        assertEquals(8, lines.size());
        lines.forEach(line -> assertEquals(3, line.split("\t").length, line));
        assertTrue(value(lines.get(0)) > 0, "an empty channel retains some bytes");
        assertTrue(value(lines.get(3)) > 0, "a parked goroutine retains some bytes");
    }

    private static double value(String line) {
        return Double.parseDouble(line.split("\t")[1]);
    }
}
