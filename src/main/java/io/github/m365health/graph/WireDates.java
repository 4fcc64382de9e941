package io.github.m365health.graph;

import io.github.m365health.graph.PageParser.InvalidItem;
import io.github.m365health.health.UtcTimestamps;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Graph's DateTimeOffset values: ISO-8601, normally with {@code Z}, sometimes with fractions of a
 * second. The usual layout is read by {@link UtcTimestamps}; any other text by java.time.
 */
final class WireDates {

    private WireDates() {
    }

    static Instant required(String raw, String field) throws InvalidItem {
        Instant value = optional(raw, field);
        if (value == null) {
            throw new InvalidItem("missing " + field);
        }
        return value;
    }

    /** Null when Graph sent null or an empty string (captures show both for an open issue's end). */
    static Instant optional(String raw, String field) throws InvalidItem {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        Instant usual = UtcTimestamps.parse(value);
        if (usual != null) {
            return usual;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                // Graph documents UTC throughout; a value without an offset is read as UTC.
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new InvalidItem("unreadable " + field);
            }
        }
    }
}
