package io.github.m365health.store;

import io.github.m365health.health.Message;
import io.github.m365health.health.MessageChange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the store keeps about one Message Center post, read back from the file.
 *
 * @param message  Graph's latest fields; {@code lastModified} is Graph's last update
 * @param changes  every change of deadline, severity and category, oldest first
 */
public record MessageHistory(Message message, Instant firstSeen, Instant lastSeen, List<MessageChange> changes) {
    public MessageHistory {
        Objects.requireNonNull(message, "message");
        changes = List.copyOf(changes);
    }
}
