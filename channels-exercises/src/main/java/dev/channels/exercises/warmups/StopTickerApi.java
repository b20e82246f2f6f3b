package dev.channels.exercises.warmups;

import dev.channels.time.Ticker;
import java.time.Instant;
import java.util.List;

/** Warm-up stop-ticker: take a few ticks, then stop the ticker. */
public interface StopTickerApi {
    /** Receives {@code n} ticks from {@code ticker}, stops it, and returns the ticks' times. */
    List<Instant> take(Ticker ticker, int n);
}
