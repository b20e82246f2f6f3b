package dev.channels.examples;

import static dev.channels.Select.onDefault;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Channel;

/**
 * Lesson 07: Select & Multiplexing, Non-Blocking Operations (receive). Lines between the "region
 * lesson" markers align one-to-one with {@code src/main/go/07-non-blocking-receive/main.go}.
 */
public final class L07NonBlockingReceive {
    public static void main(String[] args) {
        Channel<Integer> ch = Channel.make(1);
        ch.send(42);
        for (int i = 0; i < 2; i++) {
            // region lesson
            // Try to receive, but don't block
            select(
                onReceive(ch, val ->
                    Fmt.println("received:", val)),
                onDefault(() ->
                    Fmt.println("nothing ready")));
            // }
            // endregion lesson
        }
    }
}
