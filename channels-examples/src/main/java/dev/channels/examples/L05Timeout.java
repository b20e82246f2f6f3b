package dev.channels.examples;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.time.Time;
import java.time.Duration;

/**
 * Lesson 05: Select & Multiplexing, Timeout. Lines between the "region lesson" markers align
 * one-to-one with {@code src/main/go/05-timeout/main.go}.
 */
public final class L05Timeout {
    public static void main(String[] args) {
        Channel<String> ch = Channel.make(1); // buffered: the late sender can still finish
        go(() -> {
            Time.sleep(Duration.ofSeconds(10)); // the result comes too late
            ch.send("late");
        });

        // region lesson
        select(
            onReceive(ch, result ->
                Fmt.println("got result:", result)),
            onReceive(Time.after(Duration.ofSeconds(5)), t ->
                Fmt.println("timed out")));
        // }
        // endregion lesson
    }
}
