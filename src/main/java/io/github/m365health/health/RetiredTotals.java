package io.github.m365health.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What issues pruned from the history (ended longer ago than the history retention) had added to
 * the totals. The totals are exposed as counters, and a counter that drops when old history is
 * pruned would read as a reset and inflate every {@code increase()} over it.
 */
public record RetiredTotals(
        Map<ServiceKey, Long> seen,
        Map<ReopenKey, Long> reopens,
        Map<ServiceKey, List<Duration>> resolutionDurations,
        Map<ServiceKey, Double> impactSeconds,
        Map<ServiceKey, Long> vanished) {

    public static final RetiredTotals EMPTY = new RetiredTotals(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public RetiredTotals(Map<ServiceKey, Long> seen, Map<ReopenKey, Long> reopens,
                         Map<ServiceKey, List<Duration>> resolutionDurations, Map<ServiceKey, Double> impactSeconds) {
        this(seen, reopens, resolutionDurations, impactSeconds, Map.of());
    }

    public RetiredTotals {
        seen = Map.copyOf(seen);
        reopens = Map.copyOf(reopens);
        Map<ServiceKey, List<Duration>> durations = new HashMap<>();
        resolutionDurations.forEach((key, list) -> durations.put(key, List.copyOf(list)));
        resolutionDurations = Map.copyOf(durations);
        impactSeconds = Map.copyOf(impactSeconds);
        vanished = Map.copyOf(vanished);
    }

    /** The contributions of {@code prunedIds} to the totals of {@code book}, as of {@code now}. */
    public static RetiredTotals of(IssueBook book, Collection<String> prunedIds, Instant now) {
        Map<ServiceKey, Long> seen = new HashMap<>();
        Map<ServiceKey, List<Duration>> durations = new HashMap<>();
        Map<ServiceKey, Long> vanished = new HashMap<>();
        for (String id : prunedIds) {
            IssueSummary issue = book.get(id);
            seen.merge(issue.key(), 1L, Long::sum);
            if (issue.vanishings() > 0) {
                vanished.merge(issue.key(), (long) issue.vanishings(), Long::sum);
            }
            issue.resolutionDuration().ifPresent(d -> durations.computeIfAbsent(issue.key(), k -> new ArrayList<>()).add(d));
        }
        Map<ReopenKey, Long> reopens = new HashMap<>();
        for (IssueEvent.Reopened reopen : book.reopens()) {
            if (prunedIds.contains(reopen.issueId())) {
                IssueSummary issue = book.get(reopen.issueId());
                reopens.merge(new ReopenKey(issue.serviceName(), issue.classification(), reopen.kind()), 1L, Long::sum);
            }
        }
        // Pruned intervals may overlap kept ones, so what they add is the union's loss, not their length.
        Map<ServiceKey, Double> before = IssueFigures.of(book, EMPTY).impactAt(now);
        Map<ServiceKey, Double> after = IssueFigures.of(book.without(prunedIds), EMPTY).impactAt(now);
        Map<ServiceKey, Double> impact = new HashMap<>();
        for (ServiceKey key : seen.keySet()) {
            impact.put(key, before.getOrDefault(key, 0.0) - after.getOrDefault(key, 0.0));
        }
        return new RetiredTotals(seen, reopens, durations, impact, vanished);
    }

    public RetiredTotals plus(RetiredTotals other) {
        Map<ServiceKey, Long> sumSeen = new HashMap<>(seen);
        other.seen.forEach((k, v) -> sumSeen.merge(k, v, Long::sum));
        Map<ReopenKey, Long> sumReopens = new HashMap<>(reopens);
        other.reopens.forEach((k, v) -> sumReopens.merge(k, v, Long::sum));
        Map<ServiceKey, List<Duration>> sumDurations = new HashMap<>();
        resolutionDurations.forEach((k, v) -> sumDurations.put(k, new ArrayList<>(v)));
        other.resolutionDurations.forEach((k, v) -> sumDurations.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        Map<ServiceKey, Double> sumImpact = new HashMap<>(impactSeconds);
        other.impactSeconds.forEach((k, v) -> sumImpact.merge(k, v, Double::sum));
        Map<ServiceKey, Long> sumVanished = new HashMap<>(vanished);
        other.vanished.forEach((k, v) -> sumVanished.merge(k, v, Long::sum));
        return new RetiredTotals(sumSeen, sumReopens, sumDurations, sumImpact, sumVanished);
    }

    public boolean isEmpty() {
        return seen.isEmpty() && reopens.isEmpty() && impactSeconds.isEmpty() && vanished.isEmpty();
    }
}
