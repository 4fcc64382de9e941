package io.github.m365health.health;

import java.time.Instant;
import java.util.Objects;

/**
 * A value of a tracked field that a poll found changed; {@code from} and {@code to} are null where
 * the field was unset (a deadline added or removed).
 */
public record MessageChange(String messageId, Instant at, MessageField field, String from, String to) {
    public MessageChange {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
    }
}
