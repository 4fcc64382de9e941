package io.github.m365health.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.m365health.testing.LogCapture;
import io.github.m365health.testing.MutableClock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SkippedPollsTest {

    private final MutableClock clock = new MutableClock("2026-11-29T10:00:00Z");
    private final SkippedPolls skipped = new SkippedPolls(clock);
    private final LogCapture log = LogCapture.of(PollScheduler.class.getName(), Level.ALL);

    @AfterEach
    void restoreLogging() {
        log.close();
    }

    @Test
    void theFirstSkipOfATenantIsWarnedAtOnce() {
        skipped.skipped("contoso", "health");

        assertEquals(List.of("WARNING poll skipped: the previous one is still running [tenant, contoso, listing, health, skipped, 1]"),
                lines());
    }

    @Test
    void skipsWithinAMinuteOfTheWarningAreOnlyCounted() {
        skipped.skipped("contoso", "health");
        for (int i = 0; i < 59; i++) {
            clock.advance(Duration.ofSeconds(1));
            skipped.skipped("contoso", i % 2 == 0 ? "messages" : "health");
        }

        assertEquals(1, lines().size(), String.join("\n", lines()));
    }

    @Test
    void theNextSkipAfterTheMinuteWarnsWithEverySkipSinceTheLastWarningIncludingItself() {
        skipped.skipped("contoso", "health");
        for (int i = 0; i < 59; i++) {
            clock.advance(Duration.ofSeconds(1));
            skipped.skipped("contoso", "health");
        }
        clock.advance(Duration.ofSeconds(1));
        skipped.skipped("contoso", "messages");
        clock.advance(Duration.ofSeconds(30));
        skipped.skipped("contoso", "health");
        clock.advance(Duration.ofSeconds(30));
        skipped.skipped("contoso", "health");

        assertEquals(List.of(
                "WARNING poll skipped: the previous one is still running [tenant, contoso, listing, health, skipped, 1]",
                "WARNING poll skipped: the previous one is still running [tenant, contoso, listing, messages, skipped, 60]",
                "WARNING poll skipped: the previous one is still running [tenant, contoso, listing, health, skipped, 2]"),
                lines());
    }

    @Test
    void eachTenantHasItsOwnMinute() {
        skipped.skipped("contoso", "health");
        clock.advance(Duration.ofSeconds(20));
        skipped.skipped("fabrikam", "messages");
        skipped.skipped("contoso", "health");
        clock.advance(Duration.ofSeconds(40));
        skipped.skipped("contoso", "health");
        skipped.skipped("fabrikam", "messages");

        assertEquals(List.of(
                "WARNING poll skipped: the previous one is still running [tenant, contoso, listing, health, skipped, 1]",
                "WARNING poll skipped: the previous one is still running [tenant, fabrikam, listing, messages, skipped, 1]",
                "WARNING poll skipped: the previous one is still running [tenant, contoso, listing, health, skipped, 2]"),
                lines());
    }

    @Test
    void aTenantThatStopsSkippingIsWarnedAtOnceWhenItSkipsAgainLater() {
        skipped.skipped("contoso", "health");
        clock.advance(Duration.ofHours(3));
        skipped.skipped("contoso", "messages");

        assertEquals(List.of(
                "WARNING poll skipped: the previous one is still running [tenant, contoso, listing, health, skipped, 1]",
                "WARNING poll skipped: the previous one is still running [tenant, contoso, listing, messages, skipped, 1]"),
                lines());
    }

    private List<String> lines() {
        return log.records().stream().map(SkippedPollsTest::line).toList();
    }

    private static String line(LogRecord record) {
        return record.getLevel() + " " + record.getMessage() + " " + Arrays.toString(record.getParameters());
    }
}
