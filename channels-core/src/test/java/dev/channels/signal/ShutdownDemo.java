package dev.channels.signal;

import static dev.channels.Go.go;
import static dev.channels.Select.onReceive;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.context.Context;
import dev.channels.time.Time;
import java.time.Duration;

/**
 * A child program for SignalsTest: the lesson's graceful shutdown. It prints "ready", waits for a
 * signal, then gives its in-flight request (which needs {@code args[0]} ms more) until the drain
 * deadline ({@code args[1]} ms) to finish, and exits 0. With {@code args[2] = "stop-first"} it
 * stops the notification at once, so a signal gets the JVM's default handling.
 */
public final class ShutdownDemo {
    public static void main(String[] args) {
        long requestMillis = Long.parseLong(args[0]);
        long drainMillis = Long.parseLong(args[1]);
        boolean stopFirst = args.length > 2 && args[2].equals("stop-first");
        try (var ctx = Signals.notifyContext(Context.background(), Signal.SIGINT, Signal.SIGTERM)) {
            if (stopFirst) {
                ctx.stop();
                System.out.println("ready");
                select(); // blocks until the default handling ends the JVM
            }
            Channel<String> inFlight = Channel.make(1);
            go(() -> {
                ctx.done().receive();                      // the request is still running when the signal comes
                Time.sleep(Duration.ofMillis(requestMillis)); // and needs this long to finish
                inFlight.send("in-flight request finished");
            });
            System.out.println("ready");
            ctx.done().receive();
            System.out.println("shutting down... (" + ctx.err() + ")");
            try (var shutdownCtx = Context.withTimeout(Context.background(), Duration.ofMillis(drainMillis))) {
                select(
                        onReceive(inFlight, System.out::println),
                        onReceive(shutdownCtx.done(), closed -> System.out.println("drain deadline passed: " + shutdownCtx.err())));
            }
        }
        System.out.println("exit 0");
    }
}
