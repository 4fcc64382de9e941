package io.github.m365health.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The history totals of a tenant, grouped once per poll so that building a snapshot only has to
 * pick the allowed services and measure running issues up to the snapshot's instant.
 */
public final class IssueFigures {

    private final Map<ServiceKey, Long> seen = new HashMap<>();
    private final Map<ServiceKey, Long> vanished = new HashMap<>();
    private final Map<ReopenKey, Long> reopens = new HashMap<>();
    private final Map<ServiceKey, DurationHistogram> durations = new HashMap<>();
    private final Map<ServiceKey, ImpactTimeline> timelines = new HashMap<>();
    private final Map<ServiceKey, Double> retiredImpact;

    private IssueFigures(IssueBook book, RetiredTotals retired) {
        Map<ServiceKey, List<Duration>> resolutions = new HashMap<>();
        retired.resolutionDurations().forEach((key, list) -> resolutions.put(key, new ArrayList<>(list)));
        seen.putAll(retired.seen());
        vanished.putAll(retired.vanished());
        reopens.putAll(retired.reopens());
        for (IssueSummary issue : book.issues().values()) {
            seen.merge(issue.key(), 1L, Long::sum);
            if (issue.vanishings() > 0) {
                vanished.merge(issue.key(), (long) issue.vanishings(), Long::sum);
            }
            issue.resolutionDuration().ifPresent(d -> resolutions.computeIfAbsent(issue.key(), k -> new ArrayList<>()).add(d));
        }
        for (IssueEvent.Reopened reopen : book.reopens()) {
            IssueSummary issue = book.get(reopen.issueId());
            if (issue == null) {
                continue;
            }
            // Counted under the reopened issue's latest service and classification.
            reopens.merge(new ReopenKey(issue.serviceName(), issue.classification(), reopen.kind()), 1L, Long::sum);
        }
        resolutions.forEach((key, list) -> durations.put(key, DurationHistogram.of(list)));
        timelines.putAll(timelines(book.issues().values()));
        retiredImpact = retired.impactSeconds();
    }

    public static IssueFigures of(IssueBook book, RetiredTotals retired) {
        return new IssueFigures(book, retired);
    }

    /**
     * The impact timeline of each service and classification: the one definition of impact, shared
     * by {@code m365_service_impact_seconds_total} and the monthly SLA report.
     */
    public static Map<ServiceKey, ImpactTimeline> timelines(Collection<IssueSummary> issues) {
        Map<ServiceKey, List<ImpactTimeline.Interval>> intervals = new HashMap<>();
        for (IssueSummary issue : issues) {
            intervals.computeIfAbsent(issue.key(), k -> new ArrayList<>()).add(issue.impactInterval());
        }
        Map<ServiceKey, ImpactTimeline> timelines = new HashMap<>();
        intervals.forEach((key, list) -> timelines.put(key, ImpactTimeline.of(list)));
        return timelines;
    }

    /** Impact seconds per service and classification up to {@code now}, before any high-water mark. */
    public Map<ServiceKey, Double> impactAt(Instant now) {
        Set<ServiceKey> keys = new HashSet<>(timelines.keySet());
        keys.addAll(retiredImpact.keySet());
        Map<ServiceKey, Double> impact = new HashMap<>();
        for (ServiceKey key : keys) {
            double live = timelines.getOrDefault(key, ImpactTimeline.EMPTY).secondsUntil(now);
            impact.put(key, live + retiredImpact.getOrDefault(key, 0.0));
        }
        return impact;
    }

    /** The totals of the services {@code allowed} lets through, impact computed up to {@code now}. */
    public IssueTotals at(Instant now, Predicate<String> allowed) {
        return new IssueTotals(
                only(seen, k -> allowed.test(k.serviceName())),
                only(reopens, k -> allowed.test(k.serviceName())),
                only(durations, k -> allowed.test(k.serviceName())),
                only(impactAt(now), k -> allowed.test(k.serviceName())),
                only(vanished, k -> allowed.test(k.serviceName())));
    }

    private static <K, V> Map<K, V> only(Map<K, V> map, Predicate<K> keep) {
        Map<K, V> kept = new HashMap<>();
        map.forEach((k, v) -> {
            if (keep.test(k)) {
                kept.put(k, v);
            }
        });
        return kept;
    }
}
