import dev.channels.exercises.warmups.ThrottleApi;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Handles requests at a steady rate. */
public class Throttle implements ThrottleApi {
    @Override
    public void process(List<String> requests, Duration interval, Consumer<String> handle) {
        // TODO: all at once. Wait for a tick of a ticker before each request.
        for (String request : requests) {
            handle.accept(request);
        }
    }
}
