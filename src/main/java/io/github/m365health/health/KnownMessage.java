package io.github.m365health.health;

import java.time.Instant;
import java.util.Objects;

/** A Message Center post as the history holds it: Graph's latest fields and when we saw it. */
public record KnownMessage(Message message, Instant firstSeen, Instant lastSeen) {
    public KnownMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    public MessageKey key() {
        return new MessageKey(message.category(), message.severity());
    }
}
