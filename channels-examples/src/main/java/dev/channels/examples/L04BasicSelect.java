package dev.channels.examples;

import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Channel;

/**
 * Lesson 04: Select & Multiplexing, Basic Select. Lines between the "region lesson" markers align
 * one-to-one with {@code src/main/go/04-basic-select/main.go}.
 */
public final class L04BasicSelect {
    public static void main(String[] args) {
        Channel<String> ch1 = Channel.make();
        Channel<String> ch2 = Channel.make(1);
        ch2.send("ready");

        // region lesson
        select(
            onReceive(ch1, msg ->
                Fmt.println("from ch1:", msg)),
            onReceive(ch2, msg ->
                Fmt.println("from ch2:", msg)));
        // }
        // endregion lesson
    }
}
