package io.github.m365health.health;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in the layout {@code 2024-01-26T12:16:21.537Z}: seconds, zero to nine fraction digits
 * and {@code Z}. It is Graph's usual DateTimeOffset and, with nine digits, the store's own layout.
 *
 * <p>Read by hand because every issue, post and stored row carries several: at MSP-100,
 * {@code OffsetDateTime.parse} took a tenth of the poll threads' time in a first import, and
 * {@code DateTimeFormatter} a visible share of the store's loads. Text of any other layout is
 * left to java.time by the callers, so both readings accept and refuse the same values.
 */
public final class UtcTimestamps {

    private static final int SECONDS_END = "2024-01-26T12:16:21".length();

    private UtcTimestamps() {
    }

    /** The instant {@code text} names if it has this layout and a valid date and time, else null. */
    public static Instant parse(String text) {
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
