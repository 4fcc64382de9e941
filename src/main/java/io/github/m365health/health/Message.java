package io.github.m365health.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Message Center post ({@code serviceUpdateMessage}).
 *
 * @param end              null when the post has no end
 * @param actionRequiredBy null when no admin action is required
 * @param majorChange      Graph's nullable {@code isMajorChange}, null read as false
 * @param services         service display names; empty when Graph sent null
 * @param body             Graph's {@code body.content} as sent (HTML, untrusted); empty when absent
 */
public record Message(
        String id,
        String title,
        Instant start,
        Instant end,
        Instant lastModified,
        MessageCategory category,
        MessageSeverity severity,
        boolean majorChange,
        Instant actionRequiredBy,
        List<String> services,
        List<String> tags,
        String body) {

    /** A post whose body is not known, as polls stored before bodies were kept. */
    public Message(String id, String title, Instant start, Instant end, Instant lastModified, MessageCategory category,
                   MessageSeverity severity, boolean majorChange, Instant actionRequiredBy, List<String> services,
                   List<String> tags) {
        this(id, title, start, end, lastModified, category, severity, majorChange, actionRequiredBy, services, tags, "");
    }

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        title = title == null ? "" : title;
        services = services == null ? List.of() : List.copyOf(services);
        tags = tags == null ? List.of() : List.copyOf(tags);
        body = body == null ? "" : body;
    }

    /** A post is active while it has no end or its end is still ahead. */
    public boolean activeAt(Instant now) {
        return end == null || end.isAfter(now);
    }
}
