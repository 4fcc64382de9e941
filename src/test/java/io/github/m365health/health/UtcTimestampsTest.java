package io.github.m365health.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The layout read by hand; WireDatesTest and SqlTimesTest hold it to java.time on random instants. */
class UtcTimestampsTest {

    @Test
    void readsSecondsWithZeroToNineFractionDigits() {
        assertEquals(Instant.parse("2024-01-26T12:16:21Z"), UtcTimestamps.parse("2024-01-26T12:16:21Z"));
        assertEquals(Instant.parse("2024-01-26T12:16:21.5Z"), UtcTimestamps.parse("2024-01-26T12:16:21.5Z"));
        assertEquals(Instant.parse("2024-01-26T12:16:21.123456789Z"), UtcTimestamps.parse("2024-01-26T12:16:21.123456789Z"));
    }

    @Test
    void leavesEveryOtherTextAndEveryImpossibleDateToJavaTime() {
        assertNull(UtcTimestamps.parse("2023-12-31T23:59:60Z"), "a leap second");
        assertNull(UtcTimestamps.parse("2024-04-31T00:00:00Z"), "31 April");
        assertNull(UtcTimestamps.parse("2024-01-26T12:16:21.Z"));
        assertNull(UtcTimestamps.parse("2024-01-26T12:16:21.1234567890Z"));
        assertNull(UtcTimestamps.parse("2024-01-26T12:16:21+00:00"));
        assertNull(UtcTimestamps.parse("2024-01-26t12:16:21z"));
        assertNull(UtcTimestamps.parse(""));
    }
}
