package io.github.m365health.health;

import java.util.Objects;

/** One entry of Graph's healthOverviews: a service and its current overall status. */
public record ServiceHealth(String id, String serviceName, ServiceHealthStatus status) {
    public ServiceHealth {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(status, "status");
    }
}
