package io.github.m365health.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a scrape shows for one tenant, built once per poll and swapped in atomically, so a
 * scrape never sees half a poll and never waits for Graph. The per-service filter of the tenant's
 * configuration has already been applied to every part.
 *
 * @param issues         unresolved issues, plus ended ones until the resolved-issue retention passes
 * @param activeMessages Message Center posts active at {@code takenAt}
 */
public record TenantSnapshot(
        String tenant,
        Instant takenAt,
        List<ServiceHealth> services,
        List<TrackedIssue> issues,
        IssueTotals issueTotals,
        List<Message> activeMessages,
        Map<MessageKey, Long> messagesSeen) {

    public TenantSnapshot {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(takenAt, "takenAt");
        services = List.copyOf(services);
        issues = List.copyOf(issues);
        Objects.requireNonNull(issueTotals, "issueTotals");
        activeMessages = List.copyOf(activeMessages);
        messagesSeen = Map.copyOf(messagesSeen);
    }

    public static TenantSnapshot empty(String tenant, Instant at) {
        return new TenantSnapshot(tenant, at, List.of(), List.of(), IssueTotals.EMPTY, List.of(), Map.of());
    }
}
