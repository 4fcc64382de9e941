package io.github.m365health.readmodel;

import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the Message Center list.
 *
 * @param end              null when the post has no end
 * @param actionRequiredBy the deadline, null when no action is required
 * @param lastUpdate       Graph's {@code lastModifiedDateTime}
 */
public record MessageRow(String tenant, String id, String title, List<String> services, MessageCategory category,
                         MessageSeverity severity, boolean majorChange, Instant start, Instant end,
                         Instant actionRequiredBy, Instant lastUpdate) {

    public MessageRow {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        services = List.copyOf(services);
    }

    public boolean activeAt(Instant now) {
        return end == null || end.isAfter(now);
    }
}
