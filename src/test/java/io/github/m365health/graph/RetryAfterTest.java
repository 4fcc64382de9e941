package io.github.m365health.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-04-03T12:00:00Z");

    @Test
    void readsDeltaSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(17)), RetryAfter.parse(" 17 ", NOW));
    }

    @Test
    void readsAnHttpDateRelativeToNow() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Fri, 3 Apr 2026 12:01:30 GMT", NOW));
    }

    @Test
    void aDateInThePastMeansRetryNow() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 3 Apr 2026 11:00:00 GMT", NOW));
    }

    @Test
    void absentOrUnreadableValuesLeaveTheChoiceToTheCaller() {
        assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
    }

    @Test
    void anAbsurdlyLongNumberDoesNotOverflow() {
        assertEquals(true, RetryAfter.parse("99999999999999999999999", NOW).orElseThrow().toDays() > 365);
    }
}
