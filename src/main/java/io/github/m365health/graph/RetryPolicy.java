package io.github.m365health.graph;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how long a Graph or token request is retried.
 *
 * @param maxAttempts           attempts per request, the first one included
 * @param retryAfterCap         the longest {@code Retry-After} honoured; longer ones are cut to it
 * @param baseBackoff           ceiling of the first jittered wait when the server gave no {@code Retry-After}
 * @param maxBackoff            ceiling of any computed (not server-given) wait
 * @param serverErrorFirstDelay floor of the first wait after a 500, 502, timeout or network error:
 *                              Entra's resilience guidance asks for at least 5 s so that a struggling
 *                              service is not hit again at once
 */
public record RetryPolicy(
        int maxAttempts,
        Duration retryAfterCap,
        Duration baseBackoff,
        Duration maxBackoff,
        Duration serverErrorFirstDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(
            4, Duration.ofSeconds(120), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(5));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        requirePositive(retryAfterCap, "retryAfterCap");
        requirePositive(baseBackoff, "baseBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(serverErrorFirstDelay, "serverErrorFirstDelay");
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry) when the server said
     * nothing: full jitter over a doubling ceiling, so that many tenants throttled at once do not
     * come back in step; for server errors the doubling floor keeps retries from being immediate.
     */
    Duration backoff(int retry, boolean serverError, RandomGenerator random) {
        long max = maxBackoff.toMillis();
        long ceiling = Math.min(max, doubled(baseBackoff.toMillis(), retry));
        long jitter = random.nextLong(ceiling + 1);
        long floor = serverError ? Math.min(max, doubled(serverErrorFirstDelay.toMillis(), retry)) : 0;
        return Duration.ofMillis(Math.min(max, floor + jitter));
    }

    private static long doubled(long millis, int retry) {
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long result = millis << shift;
        return result < millis ? Long.MAX_VALUE : result;
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
