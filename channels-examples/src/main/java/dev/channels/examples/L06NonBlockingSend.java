package dev.channels.examples;

import static dev.channels.Select.onDefault;
import static dev.channels.Select.onSend;
import static dev.channels.Select.select;

import dev.channels.Channel;

/**
 * Lesson 06: Select & Multiplexing, Non-Blocking Operations (send). Lines between the "region
 * lesson" markers align one-to-one with {@code src/main/go/06-non-blocking-send/main.go}.
 */
public final class L06NonBlockingSend {
    public static void main(String[] args) {
        Channel<Integer> ch = Channel.make(1);
        for (int value = 1; value <= 3; value++) {
            // region lesson
            // Try to send, but don't block
            select(
                onSend(ch, value, () ->
                    Fmt.println("sent")),
                onDefault(() ->
                    Fmt.println("channel full, dropping")));
            // }
            // endregion lesson
        }
    }
}
