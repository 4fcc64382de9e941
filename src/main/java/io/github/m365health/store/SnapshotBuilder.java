package io.github.m365health.store;

import io.github.m365health.config.ServiceFilter;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueSummary;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a tenant's snapshot from its memory; reads no file. */
final class SnapshotBuilder {

    private final Duration resolvedIssueRetention;

    SnapshotBuilder(Duration resolvedIssueRetention) {
        this.resolvedIssueRetention = resolvedIssueRetention;
    }

    TenantSnapshot build(String tenant, TenantMemory memory, ServiceFilter filter, Instant now, ImpactMarks marks) {
        List<ServiceHealth> services = memory.services().stream()
                .filter(service -> filter.allows(service.serviceName()))
                .toList();
        List<TrackedIssue> issues = memory.shownIssues().values().stream()
                .filter(issue -> filter.allows(issue.serviceName()) && shown(memory, issue, now))
                .sorted(Comparator.comparing(Issue::id))
                .map(issue -> new TrackedIssue(issue, memory.issues().reopensOf(issue.id()),
                        memory.promisedUpdates().get(issue.id())))
                .toList();
        IssueTotals computed = memory.figures().at(now, filter::allows);
        IssueTotals totals = new IssueTotals(computed.seen(), computed.reopens(), computed.resolutionDurations(),
                neverLower(computed.impactSeconds(), memory.highWater(), filter, marks));
        return new TenantSnapshot(tenant, now, services, issues, totals,
                memory.messages().activeAt(now, filter::allows), memory.messages().seen(filter::allows));
    }

    private boolean shown(TenantMemory memory, Issue issue, Instant now) {
        IssueSummary summary = memory.issues().get(issue.id());
        return summary != null && summary.shownAt(now, resolvedIssueRetention);
    }

    /**
     * Impact seconds are a counter: when Microsoft shortens an issue the union shrinks, and the
     * value shown holds at its previous high instead of going down.
     */
    private static Map<ServiceKey, Double> neverLower(Map<ServiceKey, Double> computed, Map<ServiceKey, Double> highWater,
                                                      ServiceFilter filter, ImpactMarks marks) {
        Set<ServiceKey> keys = new HashSet<>(computed.keySet());
        highWater.keySet().stream().filter(key -> filter.allows(key.serviceName())).forEach(keys::add);
        Map<ServiceKey, Double> impact = new HashMap<>();
        for (ServiceKey key : keys) {
            double value = Math.max(computed.getOrDefault(key, 0.0), highWater.getOrDefault(key, 0.0));
            impact.put(key, marks.raise(key, value));
        }
        return impact;
    }
}
