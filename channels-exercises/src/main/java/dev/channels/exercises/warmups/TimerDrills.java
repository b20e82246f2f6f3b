package dev.channels.exercises.warmups;

import static dev.channels.exercises.Requirement.require;

import dev.channels.exercises.Exercise;
import dev.channels.exercises.Requirement;
import dev.channels.testing.SyncTest;
import dev.channels.time.Ticker;
import dev.channels.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Drills about tickers: stopping one, rate-limiting with one. */
public final class TimerDrills {
    private TimerDrills() {}

    /** stop-ticker. */
    public static Exercise stopTicker() {
        return Exercise.drill("stop-ticker",
                "Take n ticks from a ticker, then stop it, so that it delivers nothing more.",
                StopTickerApi.class, "TakeTicks", List.of(
                new Requirement<>("n ticks, one period apart",
                        "receive from ticker.c() n times",
                        api -> SyncTest.run(() -> {
                            Instant start = Time.now();
                            try (Ticker ticker = Time.newTicker(Duration.ofSeconds(1))) {
                                List<Instant> ticks = api.take(ticker, 3);
                                require(ticks.equals(List.of(start.plusSeconds(1), start.plusSeconds(2), start.plusSeconds(3))),
                                        "expected ticks at 1 s, 2 s and 3 s, got " + ticks);
                            }
                        })),
                new Requirement<>("the ticker is stopped afterwards: no tick comes later",
                        "call ticker.stop() once you have your ticks (Go: defer ticker.Stop())",
                        api -> SyncTest.run(() -> {
                            Ticker ticker = Time.newTicker(Duration.ofSeconds(1));
                            api.take(ticker, 2);
                            Time.sleep(Duration.ofSeconds(5));
                            require(ticker.c().tryReceive().isEmpty(), "a tick arrived 5 s after take returned: the ticker still runs");
                            ticker.stop();
                        }))));
    }

    /** rate-limit-ticker. */
    public static Exercise rateLimitTicker() {
        return Exercise.drill("rate-limit-ticker",
                "Handle one request per tick of a time.Ticker, and stop the ticker when done.",
                ThrottleApi.class, "Throttle", List.of(
                new Requirement<>("one request per interval, the first after one interval",
                        "make a ticker with Time.newTicker(interval); receive a tick before each request",
                        api -> SyncTest.run(() -> {
                            Instant start = Time.now();
                            List<Instant> handled = new ArrayList<>();
                            api.process(List.of("a", "b", "c"), Duration.ofMillis(200), request -> handled.add(Time.now()));
                            require(handled.equals(List.of(start.plusMillis(200), start.plusMillis(400), start.plusMillis(600))),
                                    "expected requests at 200, 400 and 600 ms, got " + handled.stream().map(t -> Duration.between(start, t).toMillis() + " ms").toList());
                        }))));
    }
}
