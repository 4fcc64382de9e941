package io.github.m365health.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For one tenant, the time before which each endpoint must not be called again because Graph or
 * Entra answered with a {@code Retry-After}. It outlives the request and the poll that received
 * it: a poll that gave up because the wait passed its deadline must not let the next scheduled
 * poll call early (Graph's throttling guidance: wait the full time). The health and message
 * polls of a tenant run concurrently and share the token endpoint, hence the concurrent map.
 */
final class RetryAfterHolds {

    private final Map<GraphEndpoint, Instant> notBefore = new ConcurrentHashMap<>();

    void hold(GraphEndpoint endpoint, Instant until) {
        notBefore.merge(endpoint, until, (held, asked) -> asked.isAfter(held) ? asked : held);
    }

    /** How long {@code endpoint} must still wait at {@code now}; zero when it may be called. */
    Duration remaining(GraphEndpoint endpoint, Instant now) {
        Instant until = notBefore.get(endpoint);
        if (until == null) {
            return Duration.ZERO;
        }
        if (!until.isAfter(now)) {
            notBefore.remove(endpoint, until);
            return Duration.ZERO;
        }
        return Duration.between(now, until);
    }
}
