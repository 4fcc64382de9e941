package io.github.m365health.store;

import io.github.m365health.health.Issue;
import io.github.m365health.health.ImpactCounter;
import io.github.m365health.health.IssueBook;
import io.github.m365health.health.IssueFigures;
import io.github.m365health.health.IssueSummary;
import io.github.m365health.health.RetiredTotals;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads a tenant's committed history from the file into a {@link TenantMemory}. */
final class MemoryLoader {

    private final IssueReads issueReads;
    private final TenantRows tenantRows;
    private final MessageRows messageRows;
    private final Duration resolvedIssueRetention;

    MemoryLoader(IssueReads issueReads, TenantRows tenantRows, MessageRows messageRows, Duration resolvedIssueRetention) {
        this.issueReads = issueReads;
        this.tenantRows = tenantRows;
        this.messageRows = messageRows;
        this.resolvedIssueRetention = resolvedIssueRetention;
    }

    TenantMemory load(Connection connection, String tenant, Instant now) throws SQLException {
        IssueBook book = issueReads.book(connection, tenant);
        List<String> shown = book.issues().values().stream()
                .filter(summary -> summary.shownAt(now, resolvedIssueRetention))
                .map(IssueSummary::id)
                .toList();
        RetiredTotals retired = tenantRows.retired(connection, tenant);
        Map<String, Issue> shownIssues = issueReads.issuesWithOpenPosts(connection, tenant, shown);
        Map<String, Instant> promises = PromisedUpdates.of(tenant, shownIssues.values(),
                PromisedUpdates.read(shownIssues.values()), Map.of(), shownIssues.keySet());
        return new TenantMemory(
                tenantRows.services(connection, tenant),
                book,
                shownIssues,
                retired,
                IssueFigures.of(book, retired),
                new ImpactCounter(tenantRows.highWater(connection, tenant)),
                messageRows.book(connection, tenant),
                promises);
    }
}
