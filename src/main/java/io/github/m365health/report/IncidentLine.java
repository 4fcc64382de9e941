package io.github.m365health.report;

import java.time.Instant;
import java.util.Objects;

/**
 * An incident as the report lists it.
 *
 * @param end             null while the incident is open
 * @param secondsInMonth  its interval clipped to the month (and to now while it is open)
 * @param link            its page, absolute when the exporter's external URL is known
 */
public record IncidentLine(String id, String title, Instant start, Instant end, double secondsInMonth, String link) {
    public IncidentLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        title = title == null ? "" : title;
        Objects.requireNonNull(link, "link");
    }
}
