package dev.channels.exercises.warmups;

import dev.channels.ReceiveChannel;
import java.time.Duration;

/** Warm-up add-timeout: wait for a result, but not for ever. */
public interface TimeoutApi {
    /** The first value of {@code result}, or {@code "timeout"} if none comes within {@code limit}. */
    String fetch(ReceiveChannel<String> result, Duration limit);
}
