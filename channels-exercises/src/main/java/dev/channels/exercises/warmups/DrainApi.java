package dev.channels.exercises.warmups;

import dev.channels.ReceiveChannel;
import java.util.List;

/** Warm-up drain-after-close: read a channel until it is closed and drained. */
public interface DrainApi {
    /** Every value {@code ch} delivers, in order, returned once it is closed and drained. */
    List<Integer> drain(ReceiveChannel<Integer> ch);
}
