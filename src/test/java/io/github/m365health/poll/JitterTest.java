package io.github.m365health.poll;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JitterTest {

    private final Jitter jitter = new Jitter(new Random(42));

    @Test
    void firstPollComesWithinATenthOfTheIntervalAndNeverLaterThanFiveSeconds() {
        for (int i = 0; i < 1000; i++) {
            Duration fast = jitter.first(Duration.ofSeconds(10));
            assertTrue(!fast.isNegative() && fast.compareTo(Duration.ofSeconds(1)) <= 0, fast.toString());
            Duration slow = jitter.first(Duration.ofMinutes(5));
            assertTrue(!slow.isNegative() && slow.compareTo(Duration.ofSeconds(5)) <= 0, slow.toString());
        }
    }

    @Test
    void laterIntervalsVaryByAtMostFivePercentEitherWay() {
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Duration next = jitter.next(Duration.ofSeconds(60));
            assertTrue(next.compareTo(Duration.ofSeconds(57)) >= 0 && next.compareTo(Duration.ofSeconds(63)) <= 0, next.toString());
            seen.add(next);
        }
        assertTrue(seen.size() > 100, "intervals should actually vary, saw " + seen.size());
    }

    @Test
    void differentSeedsSpreadTenantsApart() {
        assertNotEquals(new Jitter(new Random(1)).first(Duration.ofSeconds(60)), new Jitter(new Random(2)).first(Duration.ofSeconds(60)));
    }
}
