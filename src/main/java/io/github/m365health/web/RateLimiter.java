package io.github.m365health.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The toolkit's {@code rate_limit}: a token bucket of {@code burst} requests refilled at one per
 * {@code interval}, over every request together. It is read once at start, as the toolkit does.
 */
final class RateLimiter {

    private final int burst;
    private final Duration interval;
    private final Clock clock;
    private double tokens;
    private Instant last;

    RateLimiter(int burst, Duration interval, Clock clock) {
        this.burst = burst;
        this.interval = interval;
        this.clock = clock;
        this.tokens = burst;
        this.last = clock.instant();
    }

    synchronized boolean allow() {
        Instant now = clock.instant();
        double earned = (double) Duration.between(last, now).toNanos() / interval.toNanos();
        tokens = Math.min(burst, tokens + Math.max(0, earned));
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
