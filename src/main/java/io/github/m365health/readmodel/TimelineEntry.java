package io.github.m365health.readmodel;

import io.github.m365health.health.ServiceHealthStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One moment of an issue's status history as our polls saw it (not as Graph dates it).
 *
 * @param from the status before, for {@link Kind#STATUS_CHANGED} only; null otherwise
 * @param to   the status after; for other kinds the status the issue had then, or null when unknown
 */
public record TimelineEntry(Instant at, Kind kind, ServiceHealthStatus from, ServiceHealthStatus to) {

    /** What happened. */
    public enum Kind {
        /** A poll first returned the issue, with status {@code to}. */
        FIRST_SEEN,
        STATUS_CHANGED,
        /** Graph's {@code isResolved} became true. */
        RESOLVED,
        /** Graph's {@code isResolved} went back to false under the same id. */
        REOPENED
    }

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }
}
