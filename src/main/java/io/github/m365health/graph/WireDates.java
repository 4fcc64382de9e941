package io.github.m365health.graph;

import io.github.m365health.graph.PageParser.InvalidItem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Graph's DateTimeOffset values: ISO-8601, normally with {@code Z}, sometimes with fractions of a second.
 *
 * <p>The usual layout, {@code 2024-01-26T12:16:21.537Z} with zero to nine fraction digits, is read
 * by hand: every issue, post and Message Center item carries several, and {@link OffsetDateTime#parse}
 * took a tenth of the poll threads' time in a first import of 100 tenants. Any other text goes
 * through java.time as before, so both readings accept and refuse the same values.
 */
final class WireDates {

    private static final int SECONDS_END = "2024-01-26T12:16:21".length();

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
        Instant usual = usualLayout(value);
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

    /** The instant {@code text} names if it has the usual layout and a valid date and time, else null. */
    static Instant usualLayout(String text) {
        int length = text.length();
        if (length < SECONDS_END + 1 || length > SECONDS_END + 11 || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int nano = 0;
        if (length > SECONDS_END + 1) {
            int digits = length - SECONDS_END - 2;
            if (text.charAt(SECONDS_END) != '.' || digits == 0) {
                return null;
            }
            nano = number(text, SECONDS_END + 1, digits);
            for (int i = digits; i < 9 && nano >= 0; i++) {
                nano *= 10;
            }
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        if ((year | month | day | hour | minute | second | nano) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException impossible) {
            // A 31 April or a leap second: java.time has the last word, and its message.
            return null;
        }
    }

    /** The decimal number of {@code width} ASCII digits at {@code at}; -1 if any is no digit. */
    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
