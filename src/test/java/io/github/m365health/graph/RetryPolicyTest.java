package io.github.m365health.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    /** Always answers the bound's top: shows the ceiling of the jitter. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    /** Always answers zero: shows the floor. */
    private static final RandomGenerator LOWEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long nextLong(long bound) {
            return 0;
        }
    };

    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    @Test
    void throttlingBackoffDoublesItsCeilingWithFullJitter() {
        assertEquals(Duration.ofSeconds(1), policy.backoff(1, false, HIGHEST));
        assertEquals(Duration.ofSeconds(2), policy.backoff(2, false, HIGHEST));
        assertEquals(Duration.ofSeconds(4), policy.backoff(3, false, HIGHEST));
        assertEquals(Duration.ZERO, policy.backoff(3, false, LOWEST));
    }

    @Test
    void serverErrorsWaitAtLeastFiveSecondsDoubling() {
        assertEquals(Duration.ofSeconds(5), policy.backoff(1, true, LOWEST));
        assertEquals(Duration.ofSeconds(6), policy.backoff(1, true, HIGHEST));
        assertEquals(Duration.ofSeconds(10), policy.backoff(2, true, LOWEST));
        assertEquals(Duration.ofSeconds(20), policy.backoff(3, true, LOWEST));
    }

    @Test
    void noComputedWaitExceedsTheMaximum() {
        assertEquals(Duration.ofSeconds(60), policy.backoff(40, true, HIGHEST));
        assertEquals(Duration.ofSeconds(60), policy.backoff(40, false, HIGHEST));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }
}
