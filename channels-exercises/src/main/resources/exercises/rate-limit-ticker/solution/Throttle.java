import dev.channels.exercises.warmups.ThrottleApi;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Handles requests at a steady rate. */
public class Throttle implements ThrottleApi {
    @Override
    public void process(List<String> requests, Duration interval, Consumer<String> handle) {
        try (Ticker limiter = Time.newTicker(interval)) { // defer limiter.Stop()
            for (String request : requests) {
                limiter.c().receive();                     // <-limiter.C
                handle.accept(request);
            }
        }
    }
}
