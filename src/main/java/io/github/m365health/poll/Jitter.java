package io.github.m365health.poll;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Spreads polls in time. Every tenant's first poll is due at once, because readiness waits for
 * the first poll of every listing and the bounded poll pool already limits how many reach Graph
 * together (each tenant has its own Graph throttling budget, so tenants do not compete for one).
 * The spread comes with the second poll instead: its delay is drawn uniformly from half an
 * interval to a whole one, so tenants started together stop polling in lock-step from then on.
 * Every later interval varies by a few percent either way, so the spread does not settle back.
 */
final class Jitter {

    /** Each interval after the second poll varies by up to this fraction either way. */
    static final double SPREAD = 0.05;

    private final RandomGenerator random;

    Jitter(RandomGenerator random) {
        this.random = random;
    }

    /** The delay from the first poll to the second: uniform in [interval/2, interval]. */
    Duration second(Duration interval) {
        long full = interval.toMillis();
        long half = full / 2;
        return Duration.ofMillis(half + random.nextLong(full - half + 1));
    }

    /** The delay between later polls: the interval, give or take {@link #SPREAD}. */
    Duration next(Duration interval) {
        double factor = 1 + SPREAD * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.round(interval.toMillis() * factor));
    }
}
