package io.github.m365health.demo;

import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Message Center post as the demo serves it. Unlike the domain's {@code Message} it keeps
 * Graph's nulls ({@code isMajorChange}, {@code services}) and the body, so the wire shows them.
 *
 * @param end              null when the post has no end
 * @param majorChange      null like Graph's nullable {@code isMajorChange}
 * @param actionRequiredBy null when no admin action is required
 * @param services         null like Graph's nullable {@code services}
 */
public record DemoMessage(
        String id,
        String title,
        Instant start,
        Instant end,
        Instant lastModified,
        MessageCategory category,
        MessageSeverity severity,
        Boolean majorChange,
        Instant actionRequiredBy,
        List<String> services,
        List<String> tags,
        String body) {

    public DemoMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        services = services == null ? null : List.copyOf(services);
        tags = tags == null ? List.of() : List.copyOf(tags);
        body = body == null ? "" : body;
    }
}
