package io.github.m365health.poll;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Spreads polls in time. Many tenants started together would otherwise hit Graph in lock-step
 * forever; a small random offset on the first poll and on every interval breaks the rhythm.
 */
final class Jitter {

    /** The first poll comes soon after start (readiness waits for it), within this bound. */
    static final Duration MAX_FIRST_DELAY = Duration.ofSeconds(5);
    /** Each later interval varies by up to this fraction either way. */
    static final double SPREAD = 0.05;

    private final RandomGenerator random;

    Jitter(RandomGenerator random) {
        this.random = random;
    }

    Duration first(Duration interval) {
        long bound = Math.min(interval.toMillis() / 10, MAX_FIRST_DELAY.toMillis());
        return Duration.ofMillis(bound <= 0 ? 0 : random.nextLong(bound + 1));
    }

    Duration next(Duration interval) {
        double factor = 1 + SPREAD * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.round(interval.toMillis() * factor));
    }
}
