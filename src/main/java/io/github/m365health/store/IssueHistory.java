package io.github.m365health.store;

import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueEvent;
import io.github.m365health.health.ServiceHealthStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the store keeps about one issue, read back from the file.
 *
 * @param issue        Graph's latest fields, posts included
 * @param firstStatus  the status when first seen; later statuses are in {@code transitions}
 * @param appearedAt   the earlier of first sighting and first post, which times follow-up reopens
 * @param vanishedAt   when complete listings stopped returning it unresolved; null otherwise
 * @param reopens      reopens attributed to this issue, oldest first
 * @param followUpOf   earlier issues this issue was counted as a follow-up reopen of
 */
public record IssueHistory(
        Issue issue,
        Instant firstSeen,
        ServiceHealthStatus firstStatus,
        Instant lastSeen,
        Instant appearedAt,
        Instant vanishedAt,
        List<IssueEvent.StatusChanged> transitions,
        List<IssueEvent.Resolved> resolutions,
        List<IssueEvent.Reopened> reopens,
        List<String> followUpOf) {

    public IssueHistory {
        Objects.requireNonNull(issue, "issue");
        transitions = List.copyOf(transitions);
        resolutions = List.copyOf(resolutions);
        reopens = List.copyOf(reopens);
        followUpOf = List.copyOf(followUpOf);
    }
}
