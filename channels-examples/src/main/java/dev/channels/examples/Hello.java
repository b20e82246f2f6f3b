package dev.channels.examples;

// region readme
import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.time.Time;
import java.time.Duration;

public class Hello {
    public static void main(String[] args) {
        Channel<String> results = Channel.make();
        for (String server : new String[] {"db", "cache", "queue"}) {
            go(() -> results.send(server + " ok"));      // go func() { results <- ... }()
        }
        var timeout = Time.after(Duration.ofSeconds(1)); // time.After(time.Second)
        for (int i = 0; i < 3; i++) {
            select(                                      // select {
                onReceive(results, System.out::println), // case r := <-results: fmt.Println(r)
                onReceive(timeout, t -> System.out.println("timed out")));
        }
    }
}
// endregion readme
