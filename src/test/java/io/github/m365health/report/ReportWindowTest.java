package io.github.m365health.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportWindowTest {

    private static final ReportWindow MARCH = ReportWindow.of(YearMonth.of(2026, 3), Instant.parse("2026-11-29T00:00:00Z"));

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void monthRunsFromItsFirstInstantInUtcToTheNextMonthsFirst() {
        assertEquals(t("2026-03-01T00:00:00Z"), MARCH.from());
        assertEquals(t("2026-04-01T00:00:00Z"), MARCH.end());
        assertEquals(t("2026-04-01T00:00:00Z"), MARCH.until());
        assertEquals(Duration.ofDays(31), MARCH.length());
        assertEquals(Duration.ofDays(29), ReportWindow.of(YearMonth.of(2028, 2), Instant.EPOCH).length(), "a leap February");
    }

    @Test
    void monthInProgressIsMeasuredUpToNowAndAFutureOneNotAtAll() {
        Instant now = t("2026-03-15T12:00:00Z");

        assertEquals(now, ReportWindow.of(YearMonth.of(2026, 3), now).until());
        ReportWindow april = ReportWindow.of(YearMonth.of(2026, 4), now);
        assertEquals(april.from(), april.until());
    }

    @Test
    void overlapsIntervalsThatTouchTheMonthOnly() {
        assertTrue(MARCH.overlaps(t("2026-02-28T20:00:00Z"), t("2026-03-01T04:00:00Z")), "across the start");
        assertTrue(MARCH.overlaps(t("2026-03-31T20:00:00Z"), null), "still open");
        assertTrue(MARCH.overlaps(t("2026-03-10T10:00:00Z"), t("2026-03-10T10:00:00Z")), "no length, inside");
        assertFalse(MARCH.overlaps(t("2026-02-27T00:00:00Z"), t("2026-03-01T00:00:00Z")), "ended as March began");
        assertFalse(MARCH.overlaps(t("2026-04-01T00:00:00Z"), null), "began as March ended");
    }

    @Test
    void parsesYearAndMonth() {
        assertEquals(YearMonth.of(2026, 3), ReportWindow.parseMonth("2026-03"));
        assertEquals(YearMonth.of(2026, 12), ReportWindow.parseMonth("2026-12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-3", "2026-13", "2026-00", "26-03", "2026/03", "March", "2026-03-01", " 2026-03", ""})
    void refusesAnythingElseInOneLine(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportWindow.parseMonth(text));

        assertEquals("\"" + text + "\" is not a month; give it as YYYY-MM, e.g. 2026-03", e.getMessage());
    }
}
