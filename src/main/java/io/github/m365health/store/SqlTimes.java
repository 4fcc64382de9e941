package io.github.m365health.store;

import io.github.m365health.health.UtcTimestamps;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as stored: UTC text with all nine fraction digits, so that values round-trip exactly
 * (Graph sends up to seven digits) and sort chronologically in plain SQL.
 *
 * <p>The fixed layout is written by hand and read by {@link UtcTimestamps}: the store formats and
 * parses every timestamp of every row it writes or loads (thousands per tenant at start), and
 * {@link DateTimeFormatter} took a visible share of the writer thread and of start-up. Text of any
 * other layout (none is written) is still read by {@link Instant#parse}.
 */
final class SqlTimes {

    private static final DateTimeFormatter FIXED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final int LENGTH = "2026-04-03T12:00:00.000000000Z".length();

    private SqlTimes() {
    }

    static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return FIXED.format(instant);
        }
        char[] text = new char[LENGTH];
        digits(text, 0, time.getYear(), 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, time.getNano(), 9);
        text[29] = 'Z';
        return new String(text);
    }

    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        Instant fixed = UtcTimestamps.parse(text);
        return fixed != null ? fixed : Instant.parse(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
