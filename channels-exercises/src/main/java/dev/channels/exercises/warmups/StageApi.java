package dev.channels.exercises.warmups;

import dev.channels.ReceiveChannel;

/** Warm-up pipeline-stage: a stage that transforms a stream and closes its output. */
public interface StageApi {
    /** Returns at once a channel with the square of each input value, in order, closed after the last. */
    ReceiveChannel<Integer> squares(ReceiveChannel<Integer> in);
}
