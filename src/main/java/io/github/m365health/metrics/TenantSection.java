package io.github.m365health.metrics;

import io.github.m365health.health.TenantState;
import java.time.Duration;
import java.time.Instant;

/** Renders one part of a tenant's state into the families of a scrape. */
interface TenantSection {

    void render(TenantState state, Families into);

    static double seconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }
}
