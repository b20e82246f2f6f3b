import static dev.channels.Select.onReceive;
import static dev.channels.Select.onTimeout;
import static dev.channels.Select.select;

import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.TimeoutApi;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Waits for a result, but not longer than a limit. */
public class Fetch implements TimeoutApi {
    @Override
    public String fetch(ReceiveChannel<String> result, Duration limit) {
        var got = new AtomicReference<String>();
        select(onReceive(result, got::set),
               onTimeout(limit, () -> got.set("timeout")));
        return got.get();
    }
}
