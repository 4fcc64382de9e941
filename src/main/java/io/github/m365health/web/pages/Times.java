package io.github.m365health.web.pages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the pages show them: UTC, in a {@code <time>} element whose {@code datetime} the
 * local-time script reads to add the reader's local time beside it. Without JavaScript the UTC
 * time stands alone.
 */
final class Times {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** A {@code <time>} element, or the given placeholder text when there is no time. */
    static String html(Instant at, String none) {
        if (at == null) {
            return Escape.html(none);
        }
        return "<time class=\"utc\" datetime=\"" + at + "\">" + UTC.format(at) + "</time>";
    }

    static String utc(Instant at) {
        return at == null ? "" : UTC.format(at);
    }

    /** Days, hours and minutes, as "6 d 11 h 30 m"; under a minute "0 m". */
    static String duration(Duration duration) {
        boolean negative = duration.isNegative();
        Duration d = duration.abs();
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        StringBuilder text = new StringBuilder(negative ? "−" : "");
        if (days > 0) {
            text.append(days).append(" d ");
        }
        if (days > 0 || hours > 0) {
            text.append(hours).append(" h ");
        }
        return text.append(minutes).append(" m").toString();
    }
}
