import dev.channels.exercises.warmups.StopTickerApi;
import dev.channels.time.Ticker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Takes n ticks from a ticker. */
public class TakeTicks implements StopTickerApi {
    @Override
    public List<Instant> take(Ticker ticker, int n) {
        List<Instant> ticks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ticks.add(ticker.c().receive());
        }
        // TODO: the ticker goes on ticking after this returns.
        return ticks;
    }
}
