package io.github.m365health.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.m365health.health.UtcTimestamps;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WireDatesTest {

    @Test
    void theUsualLayoutIsReadAsJavaTimeReadsIt() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_800L), random.nextInt(1_000_000_000));
            String text = wire(instant, random.nextInt(10));
            assertNotNull(UtcTimestamps.parse(text), "read by hand: " + text);
            assertEquals(javaTime(text), WireDates.optional(text, "startDateTime"), text);
        }
    }

    @Test
    void everyOtherTextIsLeftToJavaTimeWithTheSameOutcome() throws Exception {
        List<String> odd = List.of("2024-01-26T12:16:21+02:00", "2024-01-26t12:16:21z", "2024-01-26T12:16:21",
                "2024-01-26T12:16Z", "2024-01-26T12:16:21.Z", "2024-01-26T12:16:21.1234567890Z",
                "2024-04-31T12:16:21Z", "2024-02-30T00:00:00Z", "2023-12-31T23:59:60Z", "2024-13-01T00:00:00Z",
                "2024-01-26T24:00:00Z", "+12024-01-26T12:16:21Z", "2024-01-26 12:16:21Z", "2024-01-2xT12:16:21Z",
                "2024-01-26T12:16:21.5x7Z", "  2024-01-26T12:16:21.537Z ", "2024-01-26T12:16:21.537-00:30");
        for (String text : odd) {
            Instant expected;
            try {
                expected = javaTime(text.strip());
            } catch (DateTimeParseException e) {
                expected = null;
            }
            Instant read;
            try {
                read = WireDates.optional(text, "startDateTime");
            } catch (PageParser.InvalidItem e) {
                assertEquals("unreadable startDateTime", e.getMessage(), text);
                read = null;
            }
            assertEquals(expected, read, text);
        }
    }

    /** The reading before the usual layout was read by hand. */
    private static Instant javaTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    private static String wire(Instant instant, int fractionDigits) {
        String seconds = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC).toString();
        if (seconds.length() == 16) {
            seconds += ":00";
        }
        if (fractionDigits == 0) {
            return seconds + "Z";
        }
        String nanos = String.format("%09d", instant.getNano());
        return seconds + "." + nanos.substring(0, fractionDigits) + "Z";
    }
}
