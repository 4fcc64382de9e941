package io.github.m365health.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often each listing is polled, and how long one poll may take. A poll's retries must end
 * before the next poll is due, or a throttled tenant would pile up overlapping polls and make its
 * throttling worse; a tenth of the interval is kept free for storing and publishing.
 */
public record PollIntervals(Duration health, Duration messages) {

    public PollIntervals {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(messages, "messages");
        if (health.isNegative() || health.isZero() || messages.isNegative() || messages.isZero()) {
            throw new IllegalArgumentException("poll intervals must be positive");
        }
    }

    public Instant healthDeadline(Instant start) {
        return start.plus(health.multipliedBy(9).dividedBy(10));
    }

    public Instant messagesDeadline(Instant start) {
        return start.plus(messages.multipliedBy(9).dividedBy(10));
    }
}
