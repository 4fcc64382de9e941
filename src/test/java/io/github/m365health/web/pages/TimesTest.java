package io.github.m365health.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void writesDurationsAsTheSeedPageReadsThem() {
        assertEquals("6 d 11 h 30 m", Times.duration(Duration.ofDays(6).plusHours(11).plusMinutes(30).plusSeconds(59)));
        assertEquals("2 h 0 m", Times.duration(Duration.ofHours(2)));
        assertEquals("0 m", Times.duration(Duration.ofSeconds(59)));
        assertEquals("−1 d 0 h 5 m", Times.duration(Duration.ofDays(-1).minusMinutes(5)));
    }

    @Test
    void marksUpUtcTimesForTheLocalTimeScript() {
        assertEquals("<time class=\"utc\" datetime=\"2026-01-08T11:30:00Z\">2026-01-08 11:30:00 UTC</time>",
                Times.html(Instant.parse("2026-01-08T11:30:00Z"), "none"));
        assertEquals("not &lt;ended&gt;", Times.html(null, "not <ended>"));
    }
}
