package io.github.m365health.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "90s, PT1M30S",
            "5m, PT5M",
            "1h30m, PT1H30M",
            "7d, PT168H",
            "2w, PT336H",
            "1w2d3h4m5s6ms, PT219H4M5.006S",
            "500ms, PT0.5S",
            "0, PT0S",
            "0s, PT0S",
            "' 60s ', PT1M",
    })
    void parsesGoAndPrometheusStyleDurations(String text, Duration expected) {
        assertEquals(expected, Durations.parse(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "60       | '\"60\" has no unit; write 60s or use e.g. 90s, 5m, 1h30m, 7d'",
            "5 m      | '\"5 m\" is not a duration; use e.g. 90s, 5m, 1h30m, 7d'",
            "1.5h     | '\"1.5h\" is not a duration; use e.g. 90s, 5m, 1h30m, 7d'",
            "-5m      | '\"-5m\" is not a duration; use e.g. 90s, 5m, 1h30m, 7d'",
            "5y       | '\"5y\" is not a duration; use e.g. 90s, 5m, 1h30m, 7d'",
            "1m1h     | '\"1m1h\": units must go from largest to smallest, each once; use e.g. 90s, 5m, 1h30m, 7d'",
            "5m5m     | '\"5m5m\": units must go from largest to smallest, each once; use e.g. 90s, 5m, 1h30m, 7d'",
            "99999999999999999999s | '\"99999999999999999999s\" is too large'",
            "''       | 'empty duration; use e.g. 90s, 5m, 1h30m, 7d'",
    })
    void refusesAnythingElseWithAClearReason(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0} renders as {1}")
    @CsvSource({
            "PT1M, 1m0s",
            "PT5M, 5m0s",
            "PT1M30S, 1m30s",
            "PT1H30M, 1h30m0s",
            "PT168H, 168h0m0s",
            "PT1.5S, 1.5s",
            "PT0.5S, 500ms",
            "PT0.0015S, 1.5ms",
            "PT0S, 0s",
            "PT30S, 30s",
    })
    void formatsTheWayGoDoes(Duration duration, String expected) {
        assertEquals(expected, Durations.format(duration));
    }

    @ParameterizedTest(name = "{0} renders as {1}")
    @CsvSource({
            "PT168H, 7d",
            "PT36H, 1d12h",
            "PT1M30S, 1m30s",
            "PT0.25S, 250ms",
            "PT0S, 0s",
    })
    void formatsShortlyInTheUnitsPeopleWrite(Duration duration, String expected) {
        assertEquals(expected, Durations.formatShort(duration));
    }
}
