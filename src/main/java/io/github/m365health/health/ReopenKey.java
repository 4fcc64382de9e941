package io.github.m365health.health;

import java.util.Objects;

/** Reopen events are counted per service, classification and kind. */
public record ReopenKey(String serviceName, Classification classification, ReopenKind kind) {
    public ReopenKey {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(kind, "kind");
    }
}
