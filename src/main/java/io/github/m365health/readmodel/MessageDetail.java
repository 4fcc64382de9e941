package io.github.m365health.readmodel;

import io.github.m365health.health.Message;
import io.github.m365health.health.MessageChange;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One Message Center post in full.
 *
 * @param message     Graph's latest fields; {@code body} is Microsoft's HTML as sent (untrusted)
 * @param changes     every change of deadline, severity and category the history saw, oldest first
 * @param adminCenter the post in the Microsoft 365 admin center (global cloud)
 */
public record MessageDetail(String tenant, Message message, Instant firstSeen, List<MessageChange> changes,
                            URI adminCenter) {

    public MessageDetail {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(message, "message");
        changes = List.copyOf(changes);
    }

    /** Time left until the deadline at {@code now} (negative once passed); null when no action is required. */
    public Duration timeLeft(Instant now) {
        return message.actionRequiredBy() == null ? null : Duration.between(now, message.actionRequiredBy());
    }
}
