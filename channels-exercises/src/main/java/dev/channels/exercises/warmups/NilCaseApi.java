package dev.channels.exercises.warmups;

import dev.channels.ReceiveChannel;
import java.util.List;

/** Warm-up nil-case: a select loop over two channels that switches a closed one off. */
public interface NilCaseApi {
    /** Every value of {@code a} and {@code b}, in arrival order, returned once both are closed. */
    List<Integer> both(ReceiveChannel<Integer> a, ReceiveChannel<Integer> b);
}
