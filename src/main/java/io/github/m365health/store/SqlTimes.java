package io.github.m365health.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as stored: UTC text with all nine fraction digits, so that values round-trip exactly
 * (Graph sends up to seven digits) and sort chronologically in plain SQL.
 */
final class SqlTimes {

    private static final DateTimeFormatter FIXED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SqlTimes() {
    }

    static String format(Instant instant) {
        return instant == null ? null : FIXED.format(instant);
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
