package io.github.m365health.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times written the way Microsoft's posts write them: "Friday, January 2, 2026, at 12:00 AM UTC". */
final class Wording {

    private static final DateTimeFormatter POST_TIME = DateTimeFormatter
            .ofPattern("EEEE, MMMM d, uuuu, 'at' h:mm a 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private Wording() {
    }

    static String utc(Instant instant) {
        return POST_TIME.format(instant);
    }
}
