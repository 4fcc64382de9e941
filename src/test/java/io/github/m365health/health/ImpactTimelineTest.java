package io.github.m365health.health;

import static io.github.m365health.health.IssueFixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.m365health.health.ImpactTimeline.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactTimelineTest {

    private static final String DAY = "2026-02-01T";
    private static final double HOUR = 3600;

    private static Interval closed(String from, String to) {
        return new Interval(t(DAY + from + "Z"), t(DAY + to + "Z"));
    }

    private static Interval running(String from) {
        return new Interval(t(DAY + from + "Z"), null);
    }

    private static double seconds(String nowTime, Interval... intervals) {
        return ImpactTimeline.of(List.of(intervals)).secondsUntil(t(DAY + nowTime + "Z"));
    }

    @Test
    void overlappingIntervalsCountTheirUnionOnce() {
        assertEquals(3 * HOUR, seconds("23:00:00", closed("08:00:00", "10:00:00"), closed("09:00:00", "11:00:00")));
    }

    @Test
    void intervalNestedInsideAnotherAddsNothing() {
        assertEquals(4 * HOUR, seconds("23:00:00", closed("08:00:00", "12:00:00"), closed("09:00:00", "10:00:00")));
    }

    @Test
    void adjacentIntervalsAddUpWithoutGapOrOverlap() {
        assertEquals(3 * HOUR, seconds("23:00:00", closed("08:00:00", "10:00:00"), closed("10:00:00", "11:00:00")));
    }

    @Test
    void disjointIntervalsAddUp() {
        assertEquals(2 * HOUR, seconds("23:00:00", closed("08:00:00", "09:00:00"), closed("10:00:00", "11:00:00")));
    }

    @Test
    void runningIntervalCountsUpToNow() {
        assertEquals(1.5 * HOUR, seconds("09:30:00", running("08:00:00")));
        assertEquals(2.5 * HOUR, seconds("10:30:00", running("08:00:00")));
    }

    @Test
    void runningIntervalSwallowsTheClosedOnesAfterItsStart() {
        assertEquals(5 * HOUR, seconds("12:00:00",
                closed("07:00:00", "08:30:00"), running("08:00:00"), closed("09:00:00", "10:00:00")));
    }

    @Test
    void partOfAnIntervalAfterNowDoesNotCountYet() {
        assertEquals(1 * HOUR, seconds("09:00:00", closed("08:00:00", "12:00:00"), closed("10:00:00", "11:00:00")));
    }

    @Test
    void intervalEndingBeforeItStartsIsIgnoredAsBrokenData() {
        assertEquals(1 * HOUR, seconds("23:00:00", closed("08:00:00", "09:00:00"), closed("12:00:00", "11:00:00")));
    }

    @Test
    void overlappingNestedAdjacentAndRunningTogether() {
        // 06-07 | 08-10 ∪ 09-11 ∪ 09:30-09:45 ∪ 11-12 = 08-12 | 14-now(16)
        assertEquals(1 * HOUR + 4 * HOUR + 2 * HOUR, seconds("16:00:00",
                closed("06:00:00", "07:00:00"),
                closed("08:00:00", "10:00:00"), closed("09:00:00", "11:00:00"), closed("09:30:00", "09:45:00"),
                closed("11:00:00", "12:00:00"), running("14:00:00")));
        assertEquals(3, ImpactTimeline.of(List.of(
                closed("06:00:00", "07:00:00"), closed("08:00:00", "10:00:00"), closed("09:00:00", "11:00:00"),
                closed("11:00:00", "12:00:00"), running("14:00:00"))).intervals().size());
    }

    @Test
    void nothingIsZero() {
        assertEquals(0.0, ImpactTimeline.EMPTY.secondsUntil(t("2026-02-01T00:00:00Z")));
    }

    private static double between(String fromTime, String toTime, Interval... intervals) {
        return ImpactTimeline.of(List.of(intervals)).secondsBetween(t(DAY + fromTime + "Z"), t(DAY + toTime + "Z"));
    }

    @Test
    void windowClipsTheUnionAtBothEnds() {
        // 08-11 ∪ 09-12 = 08-12; inside 10-11:30
        assertEquals(1.5 * HOUR, between("10:00:00", "11:30:00", closed("08:00:00", "11:00:00"), closed("09:00:00", "12:00:00")));
    }

    @Test
    void runningIntervalCountsUpToTheWindowsEnd() {
        assertEquals(2 * HOUR, between("09:00:00", "11:00:00", running("08:00:00")));
    }

    @Test
    void windowIsTheCountersChangeBetweenItsEnds() {
        Interval[] issues = {closed("06:00:00", "07:00:00"), closed("08:00:00", "10:00:00"),
                closed("09:30:00", "11:00:00"), running("14:00:00")};
        for (String[] window : new String[][] {{"00:00:00", "23:00:00"}, {"06:30:00", "09:45:00"}, {"10:00:00", "15:00:00"}}) {
            assertEquals(seconds(window[1], issues) - seconds(window[0], issues), between(window[0], window[1], issues),
                    () -> "window " + String.join("-", window));
        }
    }

    @Test
    void windowOutsideEveryIntervalOrEmptyIsZero() {
        assertEquals(0.0, between("12:00:00", "13:00:00", closed("08:00:00", "09:00:00"), closed("14:00:00", "15:00:00")));
        assertEquals(0.0, between("10:00:00", "10:00:00", running("08:00:00")));
        assertEquals(0.0, between("11:00:00", "10:00:00", running("08:00:00")));
    }
}
