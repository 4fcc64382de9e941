package io.github.m365health.store;

import io.github.m365health.health.HealthChanges;
import io.github.m365health.health.HistoryRetention;
import io.github.m365health.health.ImpactCounter;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueBook;
import io.github.m365health.health.IssueFigures;
import io.github.m365health.health.IssueSummary;
import io.github.m365health.health.RetiredTotals;
import io.github.m365health.health.ServiceHealth;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the changes one complete healthOverviews + issues poll made, and builds the tenant's next memory. */
final class HealthRecorder {

    private final HistoryRetention retention;
    private final Duration resolvedIssueRetention;
    private final IssueWrites issueWrites;
    private final TenantRows tenantRows;

    HealthRecorder(HistoryRetention retention, Duration resolvedIssueRetention,
                   IssueWrites issueWrites, TenantRows tenantRows) {
        this.retention = retention;
        this.resolvedIssueRetention = resolvedIssueRetention;
        this.issueWrites = issueWrites;
        this.tenantRows = tenantRows;
    }

    /**
     * Writes the poll inside the caller's transaction and returns the memory to install once it
     * commits. {@code changes} were tracked against {@code before.issues()}; {@code prepared} holds
     * what their posts give, worked out on the poll's own thread.
     */
    TenantMemory record(Connection connection, String tenant, TenantMemory before, List<ServiceHealth> services,
                        HealthChanges changes, PreparedIssues prepared, Instant polledAt)
            throws SQLException {
        IssueBook tracked = before.issues().with(changes);
        Set<String> pruned = retention.prunableIssues(tracked, polledAt);
        RetiredTotals retiring = pruned.isEmpty() ? RetiredTotals.EMPTY : RetiredTotals.of(tracked, pruned, polledAt);
        IssueBook kept = tracked.without(pruned);
        RetiredTotals retired = before.retired().plus(retiring);
        IssueFigures figures = IssueFigures.of(kept, retired);
        // What the previous figures reach at this poll covers every value shown since the last one.
        ImpactCounter impact = before.impact().raisedTo(before.figures().impactAt(polledAt), figures.impactAt(polledAt));

        Set<String> unchanged = new HashSet<>(changes.summaries().keySet());
        changes.changed().forEach(issue -> unchanged.remove(issue.id()));
        if (!services.equals(before.services())) {
            // Most polls change no service: skipping the rewrite spares the one writer 80 row writes.
            tenantRows.replaceServices(connection, tenant, services);
        }
        issueWrites.upsert(connection, tenant, changes.changed(), changes.summaries(), prepared.postsJson());
        issueWrites.markSeen(connection, tenant, unchanged, polledAt);
        issueWrites.saveMissed(connection, tenant, changes.missed().values());
        issueWrites.insertEvents(connection, tenant, changes.events());
        issueWrites.delete(connection, tenant, pruned);
        if (!retiring.isEmpty()) {
            tenantRows.addRetired(connection, tenant, retiring);
        }
        tenantRows.saveHighWater(connection, tenant, impact.raisedSince(before.impact()));
        Map<String, Issue> shown = shown(before, changes, kept, polledAt);
        Map<String, Instant> promises = PromisedUpdates.of(tenant, changes.changed(), prepared.promises(),
                before.promisedUpdates(), shown.keySet());
        return before.withHealth(services, kept, shown, retired, figures, impact, promises);
    }

    /**
     * Full issues that per-issue series may still show. An issue the poll returned unchanged and
     * that was not shown before cannot have become shown: visibility only ends with time.
     */
    private Map<String, Issue> shown(TenantMemory before, HealthChanges changes, IssueBook kept, Instant polledAt) {
        Map<String, Issue> candidates = new HashMap<>(before.shownIssues());
        changes.changed().forEach(issue -> candidates.put(issue.id(), issue));
        Map<String, Issue> shown = new HashMap<>();
        candidates.forEach((id, issue) -> {
            IssueSummary summary = kept.get(id);
            if (summary != null && summary.shownAt(polledAt, resolvedIssueRetention)) {
                shown.put(id, issue);
            }
        });
        return shown;
    }
}
