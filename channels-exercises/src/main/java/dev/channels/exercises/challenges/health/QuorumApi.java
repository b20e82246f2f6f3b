package dev.channels.exercises.challenges.health;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Challenge health-check, variant 2: is a quorum of the servers up? */
public interface QuorumApi {
    /**
     * Checks all servers at once and returns {@code true} as soon as {@code needed} of them are up
     * (answered 2xx), {@code false} as soon as that can no longer happen (too many are down), and
     * {@code false} at the deadline if neither happened by then.
     */
    boolean quorum(List<URI> servers, int needed, Duration deadline);
}
