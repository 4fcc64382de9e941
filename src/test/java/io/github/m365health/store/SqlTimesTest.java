package io.github.m365health.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Stored times are written and read as the fixed layout says, exactly as java.time would. */
class SqlTimesTest {

    private static final DateTimeFormatter LAYOUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void writesAndReadsEveryInstantAsJavaTimeDoes() {
        Random random = new Random(365);
        long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)),
                    random.nextBoolean() ? random.nextInt(1_000_000_000) : 1_000 * random.nextInt(1_000_000));
            String text = SqlTimes.format(instant);
            assertEquals(LAYOUT.format(instant), text);
            assertEquals(instant, SqlTimes.parse(text));
        }
    }

    @Test
    void readsTheLayoutsItDoesNotWriteWithInstantParse() {
        assertEquals(Instant.parse("2026-04-03T12:00:00Z"), SqlTimes.parse("2026-04-03T12:00:00Z"));
        assertEquals(Instant.parse("2026-04-03T12:00:00.1234567Z"), SqlTimes.parse("2026-04-03T12:00:00.1234567Z"));
        assertNull(SqlTimes.parse(null));
        assertNull(SqlTimes.format(null));
    }

    @Test
    void refusesDatesThatDoNotExistAsJavaTimeDoes() {
        assertThrows(DateTimeParseException.class, () -> SqlTimes.parse("2026-04-3xT12:00:00.000000000Z"));
        assertThrows(java.time.DateTimeException.class, () -> SqlTimes.parse("2026-04-31T12:00:00.000000000Z"));
        assertThrows(java.time.DateTimeException.class, () -> SqlTimes.parse("2026-13-01T12:00:00.000000000Z"));
    }
}
