package io.github.m365health.readmodel;

import io.github.m365health.health.Classification;
import io.github.m365health.health.ServiceHealthStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the issue list, with the seed page's columns. Graph's latest values.
 *
 * @param end        null while the issue is unresolved
 * @param lastUpdate Graph's {@code lastModifiedDateTime}
 */
public record IssueRow(String tenant, String id, String title, String serviceName, Classification classification,
                       ServiceHealthStatus status, boolean resolved, Instant start, Instant end, Instant lastUpdate) {

    public IssueRow {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
    }

    /** End minus start once ended, otherwise how long it has run by {@code now}. */
    public Duration duration(Instant now) {
        return IssueDetail.between(start, end == null ? now : end);
    }
}
