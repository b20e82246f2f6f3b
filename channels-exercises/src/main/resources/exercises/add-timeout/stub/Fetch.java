import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.TimeoutApi;
import java.time.Duration;

/** Waits for a result, but not longer than a limit. */
public class Fetch implements TimeoutApi {
    @Override
    public String fetch(ReceiveChannel<String> result, Duration limit) {
        // TODO: this waits for ever if no result comes. Select between the result and a timeout.
        return result.receive();
    }
}
