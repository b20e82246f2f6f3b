import dev.channels.exercises.warmups.StopTickerApi;
import dev.channels.time.Ticker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Takes n ticks from a ticker, then stops it. */
public class TakeTicks implements StopTickerApi {
    @Override
    public List<Instant> take(Ticker ticker, int n) {
        List<Instant> ticks = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ticks.add(ticker.c().receive());
            }
        } finally {
            ticker.stop(); // Go: defer ticker.Stop()
        }
        return ticks;
    }
}
