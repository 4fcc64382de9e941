package io.github.m365health.store;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueSummary;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Builds a tenant's snapshot from its memory; reads no file and changes nothing. */
final class SnapshotBuilder {

    private final Duration resolvedIssueRetention;

    SnapshotBuilder(Duration resolvedIssueRetention) {
        this.resolvedIssueRetention = resolvedIssueRetention;
    }

    TenantSnapshot build(String tenant, TenantMemory memory, ServiceFilter filter, Instant now) {
        List<ServiceHealth> services = memory.services().stream()
                .filter(service -> filter.allows(service.serviceName()))
                .toList();
        List<TrackedIssue> issues = memory.shownIssues().values().stream()
                .filter(issue -> filter.allows(issue.serviceName()) && shown(memory, issue, now))
                .sorted(Comparator.comparing(Issue::id))
                .map(issue -> new TrackedIssue(issue, memory.issues().reopensOf(issue.id()),
                        memory.promisedUpdates().get(issue.id()), memory.issues().get(issue.id()).vanished()))
                .toList();
        IssueTotals computed = memory.figures().at(now, filter::allows);
        IssueTotals totals = new IssueTotals(computed.seen(), computed.reopens(), computed.resolutionDurations(),
                memory.impact().shown(computed.impactSeconds(), filter::allows), computed.vanished());
        return new TenantSnapshot(tenant, now, services, issues, totals,
                memory.messages().activeAt(now, filter::allows), memory.messages().seen(filter::allows));
    }

    private boolean shown(TenantMemory memory, Issue issue, Instant now) {
        IssueSummary summary = memory.issues().get(issue.id());
        return summary != null && summary.shownAt(now, resolvedIssueRetention);
    }
}
