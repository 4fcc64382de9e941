package io.github.m365health.health;

import java.util.Objects;

/** The unit SLA figures are kept for: one service and one classification. */
public record ServiceKey(String serviceName, Classification classification) {
    public ServiceKey {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(classification, "classification");
    }
}
