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
    void theSecondPollComesBetweenHalfAnIntervalAndAWholeOneAfterTheFirst() {
        Duration shortest = Duration.ofDays(1);
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 10_000; i++) {
            Duration second = jitter.second(Duration.ofSeconds(60));
            assertTrue(second.compareTo(Duration.ofSeconds(30)) >= 0 && second.compareTo(Duration.ofSeconds(60)) <= 0,
                    second.toString());
            shortest = second.compareTo(shortest) < 0 ? second : shortest;
            longest = second.compareTo(longest) > 0 ? second : longest;
        }
        assertTrue(shortest.compareTo(Duration.ofSeconds(31)) < 0, "draws reach down to half the interval: " + shortest);
        assertTrue(longest.compareTo(Duration.ofSeconds(59)) > 0, "draws reach up to the whole interval: " + longest);
    }

    @Test
    void theSecondPollsOfManyTenantsSpreadEvenlyOverHalfAnInterval() {
        int[] perQuarter = new int[2];
        for (int i = 0; i < 10_000; i++) {
            long millis = jitter.second(Duration.ofSeconds(60)).toMillis();
            perQuarter[millis < 45_000 ? 0 : 1]++;
        }
        assertTrue(Math.abs(perQuarter[0] - perQuarter[1]) < 500,
                "as many second polls in each half of the spread: " + perQuarter[0] + " / " + perQuarter[1]);
    }

    @Test
    void theSecondPollOfTheShortestCustomIntervalStaysWithinIt() {
        for (int i = 0; i < 1000; i++) {
            Duration second = jitter.second(Duration.ofSeconds(1));
            assertTrue(second.toMillis() >= 500 && second.toMillis() <= 1000, second.toString());
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
        assertNotEquals(new Jitter(new Random(1)).second(Duration.ofSeconds(60)), new Jitter(new Random(2)).second(Duration.ofSeconds(60)));
    }
}
