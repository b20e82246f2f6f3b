package dev.channels.exercises.challenges.health;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Challenge health-check, variant 3: flaky servers get retries, all under one deadline. */
public interface RetryApi {
    /**
     * Checks all servers at once, trying a server that is down again, up to {@code attempts} tries
     * in all, waiting {@code backoff} before the second try and twice as long before each next one.
     * Returns, no later than {@code deadline} from now, each server's status: {@code "up"},
     * {@code "down"} (still down after its last try) or {@code "timeout"} (not settled by the deadline).
     */
    Map<URI, String> check(List<URI> servers, int attempts, Duration backoff, Duration deadline);
}
