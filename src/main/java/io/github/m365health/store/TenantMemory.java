package io.github.m365health.store;

import io.github.m365health.health.ImpactCounter;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueBook;
import io.github.m365health.health.IssueFigures;
import io.github.m365health.health.MessageBook;
import io.github.m365health.health.RetiredTotals;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tenant's committed history as held in memory, so that tracking a poll and building a
 * snapshot read no file. Immutable: a record call builds the next one and installs it only after
 * its transaction committed, so a failed write leaves memory and file alike untouched.
 *
 * @param shownIssues Graph's latest fields, without posts, only for issues that per-issue series
 *                    may still show (unresolved or recently ended); older ones live in the file
 *                    and as summaries in {@code issues}. Posts stay in the file: no metric shows
 *                    them, reopen detection keeps the ids they name in the summaries, and at
 *                    a few kilobytes each they were most of the exporter's heap.
 * @param impact      the impact counter as persisted, never lowered
 * @param promisedUpdates the next update the latest post of a shown issue promises, by id
 */
record TenantMemory(
        List<ServiceHealth> services,
        IssueBook issues,
        Map<String, Issue> shownIssues,
        RetiredTotals retired,
        IssueFigures figures,
        ImpactCounter impact,
        MessageBook messages,
        Map<String, Instant> promisedUpdates) {

    TenantMemory {
        services = List.copyOf(services);
        shownIssues = shownIssues.values().stream()
                .collect(Collectors.toUnmodifiableMap(Issue::id, Issue::withoutPosts));
        promisedUpdates = Map.copyOf(promisedUpdates);
    }

    TenantMemory withHealth(List<ServiceHealth> nextServices, IssueBook nextIssues, Map<String, Issue> nextShown,
                            RetiredTotals nextRetired, IssueFigures nextFigures, ImpactCounter nextImpact,
                            Map<String, Instant> nextPromises) {
        return new TenantMemory(nextServices, nextIssues, nextShown, nextRetired, nextFigures, nextImpact, messages,
                nextPromises);
    }

    TenantMemory withMessages(MessageBook nextMessages) {
        return new TenantMemory(services, issues, shownIssues, retired, figures, impact, nextMessages,
                promisedUpdates);
    }
}
