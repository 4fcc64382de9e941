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
 * @param vanishedAt when complete listings stopped returning the unresolved issue (design section 6),
 *                   after which it no longer counts as open; null while it is listed, or once resolved
 * @param lastUpdate Graph's {@code lastModifiedDateTime}
 */
public record IssueRow(String tenant, String id, String title, String serviceName, Classification classification,
                       ServiceHealthStatus status, boolean resolved, Instant start, Instant end, Instant vanishedAt,
                       Instant lastUpdate) {

    public IssueRow {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
    }

    /** Neither resolved nor vanished: what the open count, the open filter and {@code m365_issue_open} count. */
    public boolean open() {
        return !resolved && vanishedAt == null;
    }

    /** End minus start once ended, up to its vanishing once vanished, otherwise how long it has run by {@code now}. */
    public Duration duration(Instant now) {
        return IssueDetail.duration(start, end, vanishedAt, now);
    }
}
