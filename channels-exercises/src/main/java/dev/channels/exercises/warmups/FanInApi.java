package dev.channels.exercises.warmups;

import dev.channels.ReceiveChannel;
import java.util.List;

/** Warm-up close-fan-in: merge channels into one, closed when every input is. */
public interface FanInApi {
    /** Returns at once a channel that delivers every value of every input and is closed once all inputs are closed and drained. */
    ReceiveChannel<Integer> merge(List<ReceiveChannel<Integer>> inputs);
}
