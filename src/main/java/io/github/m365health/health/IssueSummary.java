package io.github.m365health.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the lifecycle rules need to remember about an issue, kept for the whole history: Graph's
 * latest state (without the text, which can be large) and what only we observed.
 *
 * @param end         Graph's latest end; null while Graph gives none
 * @param firstSeen   the poll that first returned the issue
 * @param lastSeen    the latest poll that returned it
 * @param appearedAt  when the issue came to be known: the earlier of {@code firstSeen} and its first
 *                    post. Unlike {@code start}, which Microsoft revises backwards, this does not
 *                    move, and an issue imported long after it was posted still gets its true time.
 * @param mentions    ids of other issues its text names
 * @param missedListings complete listings in a row that left out the unresolved issue
 * @param vanishedAt  when the issue was taken as vanished (section 6 of the design: unresolved but
 *                    missing from complete listings for long enough); null while it counts as open
 *                    or once a listing returns it again
 * @param vanishings  times the issue vanished, ever: the counter survives its coming back
 */
public record IssueSummary(
        String id,
        String serviceName,
        Classification classification,
        ServiceHealthStatus status,
        boolean resolved,
        Instant start,
        Instant end,
        Instant lastModified,
        Instant firstSeen,
        Instant lastSeen,
        Instant appearedAt,
        Set<String> mentions,
        int missedListings,
        Instant vanishedAt,
        int vanishings) {

    public IssueSummary(String id, String serviceName, Classification classification, ServiceHealthStatus status,
                        boolean resolved, Instant start, Instant end, Instant lastModified, Instant firstSeen,
                        Instant lastSeen, Instant appearedAt, Set<String> mentions) {
        this(id, serviceName, classification, status, resolved, start, end, lastModified, firstSeen, lastSeen,
                appearedAt, mentions, 0, null, 0);
    }

    public IssueSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(appearedAt, "appearedAt");
        mentions = Set.copyOf(mentions);
        if (missedListings < 0 || vanishings < 0) {
            throw new IllegalArgumentException("missedListings and vanishings must not be negative");
        }
    }

    /** The summary of an issue a poll returned for the first time. */
    public static IssueSummary firstSeen(Issue issue, Instant polledAt) {
        return of(issue, polledAt, polledAt, earliest(polledAt, issue));
    }

    /** This issue as a later poll returned it: Graph's latest values win, our observations stay. */
    public IssueSummary seenAgain(Issue issue, Instant polledAt) {
        IssueSummary latest = of(issue, firstSeen, polledAt, earliest(appearedAt, issue));
        return new IssueSummary(latest.id, latest.serviceName, latest.classification, latest.status, latest.resolved,
                latest.start, latest.end, latest.lastModified, firstSeen, polledAt, latest.appearedAt,
                latest.mentions, 0, null, vanishings);
    }

    /** This issue returned again by a poll, unchanged. */
    public IssueSummary seenUnchanged(Instant polledAt) {
        return new IssueSummary(id, serviceName, classification, status, resolved, start, end, lastModified,
                firstSeen, polledAt, appearedAt, mentions, 0, null, vanishings);
    }

    /** This unresolved issue left out of a complete listing; vanished at {@code polledAt} if {@code vanishes}. */
    public IssueSummary missed(Instant polledAt, boolean vanishes) {
        return new IssueSummary(id, serviceName, classification, status, resolved, start, end, lastModified,
                firstSeen, lastSeen, appearedAt, mentions, missedListings + 1,
                vanishes ? polledAt : null, vanishes ? vanishings + 1 : vanishings);
    }

    /** Whether the issue is taken as vanished: unresolved, yet missing from Graph's listings too long. */
    public boolean vanished() {
        return vanishedAt != null;
    }

    /** Whether a listing returning this issue has to rewrite what we remember of its absence. */
    public boolean wasMissed() {
        return missedListings > 0 || vanished();
    }

    /** Same Graph state as {@code issue}; Graph advances {@code lastModified} on every edit. */
    public boolean matches(Issue issue) {
        return lastModified.equals(issue.lastModified())
                && status == issue.status()
                && resolved == issue.resolved()
                && start.equals(issue.start())
                && Objects.equals(end, issue.end())
                && classification == issue.classification()
                && serviceName.equals(issue.serviceName());
    }

    public ServiceKey key() {
        return new ServiceKey(serviceName, classification);
    }

    /**
     * When a resolved issue ended: Graph's end, or its last modification if Graph resolved it
     * without an end. Empty while unresolved.
     */
    public Optional<Instant> endedAt() {
        if (!resolved) {
            return Optional.empty();
        }
        return Optional.of(end != null ? end : lastModified);
    }

    /**
     * Whether per-issue series show the issue at {@code now}: while unresolved, and for
     * {@code resolvedRetention} after it ended or vanished.
     */
    public boolean shownAt(Instant now, Duration resolvedRetention) {
        if (vanished()) {
            return !vanishedAt.isBefore(now.minus(resolvedRetention));
        }
        return endedAt().map(ended -> !ended.isBefore(now.minus(resolvedRetention))).orElse(true);
    }

    /**
     * Where the issue's impact interval stops; empty while it is still running. A vanished issue's
     * stops when it vanished: from then on it no longer counts as open anywhere.
     */
    public Optional<Instant> impactEnd() {
        if (end == null && !resolved && vanished()) {
            return Optional.of(vanishedAt);
        }
        return end != null ? Optional.of(end) : endedAt();
    }

    /** The interval in which this issue had impact, by Graph's latest start and end. */
    public ImpactTimeline.Interval impactInterval() {
        return new ImpactTimeline.Interval(start, impactEnd().orElse(null));
    }

    /** Latest end minus latest start, once the issue is resolved with an end; never negative. */
    public Optional<Duration> resolutionDuration() {
        if (!resolved || end == null) {
            return Optional.empty();
        }
        Duration duration = Duration.between(start, end);
        return Optional.of(duration.isNegative() ? Duration.ZERO : duration);
    }

    private static IssueSummary of(Issue issue, Instant firstSeen, Instant lastSeen, Instant appearedAt) {
        return new IssueSummary(issue.id(), issue.serviceName(), issue.classification(), issue.status(),
                issue.resolved(), issue.start(), issue.end(), issue.lastModified(), firstSeen, lastSeen,
                appearedAt, IssueReferences.in(issue));
    }

    private static Instant earliest(Instant known, Issue issue) {
        return issue.posts().stream()
                .map(IssuePost::createdAt)
                .min(Comparator.naturalOrder())
                .filter(firstPost -> firstPost.isBefore(known))
                .orElse(known);
    }
}
