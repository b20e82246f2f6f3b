package dev.channels.exercises.challenges.health;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Challenge health-check, variant 1: every server's status, under one deadline. */
public interface ReportApi {
    /**
     * Checks all servers at once and returns, no later than {@code deadline} from now, each one's
     * status: {@code "up"} (a 2xx answer), {@code "down"} (another status, or no connection) or
     * {@code "timeout"} (no answer by the deadline).
     */
    Map<URI, String> check(List<URI> servers, Duration deadline);
}
