package io.github.m365health.health;

import java.util.Objects;

/** Message Center posts are counted in history per category and severity. */
public record MessageKey(MessageCategory category, MessageSeverity severity) {
    public MessageKey {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
    }
}
