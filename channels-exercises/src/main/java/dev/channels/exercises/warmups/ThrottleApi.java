package dev.channels.exercises.warmups;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Warm-up rate-limit-ticker: one request per tick. */
public interface ThrottleApi {
    /** Hands each request to {@code handle}, one per {@code interval}, the first after one interval. */
    void process(List<String> requests, Duration interval, Consumer<String> handle);
}
