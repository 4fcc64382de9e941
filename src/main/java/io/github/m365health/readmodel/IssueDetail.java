package io.github.m365health.readmodel;

import io.github.m365health.health.Classification;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealthStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One issue in full, as the seed "SHD / MC Checker" page shows it, with what our history adds.
 * Graph's latest values throughout: Microsoft edits titles and even moves the start (EX1215307).
 *
 * @param userImpact  Graph's {@code impactDescription}
 * @param end         null while unresolved
 * @param lastUpdate  Graph's {@code lastModifiedDateTime}
 * @param posts       every post, latest first; {@code content} is Microsoft's text as sent (untrusted HTML or text)
 * @param timeline    what the history saw happen to the status, oldest first
 * @param reopens     the reopen chain: links to earlier and later issues, and same-id reopens, oldest first
 * @param firstSeen   when a poll first returned the issue
 * @param adminCenter the issue in the Microsoft 365 admin center (global cloud)
 */
public record IssueDetail(
        String tenant,
        String id,
        String title,
        String serviceName,
        String featureGroup,
        String feature,
        Classification classification,
        Origin origin,
        ServiceHealthStatus status,
        boolean resolved,
        String userImpact,
        Instant start,
        Instant end,
        Instant vanishedAt,
        Instant lastUpdate,
        List<IssuePost> posts,
        List<TimelineEntry> timeline,
        List<ReopenLink> reopens,
        Instant firstSeen,
        URI adminCenter) {

    public IssueDetail {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        posts = List.copyOf(posts);
        timeline = List.copyOf(timeline);
        reopens = List.copyOf(reopens);
    }

    /**
     * End minus start once ended (6 d 11 h 30 m for EX1215307), up to its vanishing once vanished,
     * otherwise how long it has run by {@code now}.
     */
    public Duration duration(Instant now) {
        return duration(start, end, vanishedAt, now);
    }

    /** Neither resolved nor vanished. */
    public boolean open() {
        return !resolved && vanishedAt == null;
    }

    /** Without an end, Graph stopped listing it: its duration stopped when it vanished. */
    public boolean vanished() {
        return end == null && vanishedAt != null;
    }

    /** Microsoft's latest post, or null when it has posted none. */
    public IssuePost latestPost() {
        return posts.isEmpty() ? null : posts.get(0);
    }

    /** An issue's duration, for rows and pages alike: to its end, else to its vanishing, else to {@code now}. */
    static Duration duration(Instant start, Instant end, Instant vanishedAt, Instant now) {
        return between(start, end != null ? end : vanishedAt != null ? vanishedAt : now);
    }

    static Duration between(Instant from, Instant to) {
        Duration duration = Duration.between(from, to);
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
