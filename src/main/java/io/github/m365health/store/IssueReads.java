package io.github.m365health.store;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueBook;
import io.github.m365health.health.IssueEvent;
import io.github.m365health.health.IssueSummary;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ReopenKind;
import io.github.m365health.health.ServiceHealthStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the issue tables. */
final class IssueReads {

    private static final String ISSUE_COLUMNS = "id, title, service_name, feature, feature_group, classification, "
            + "origin, status, resolved, impact_description, start, end, last_modified, posts";

    private final JsonColumns json;

    IssueReads(JsonColumns json) {
        this.json = json;
    }

    /** The summaries of every issue of {@code tenant} and every reopen, in the order found. */
    IssueBook book(Connection connection, String tenant) throws SQLException {
        Map<String, IssueSummary> issues = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, service_name, classification, status, resolved, start, end, last_modified,
                  first_seen, %s, appeared_at, mentions, missed_listings, vanished_at, vanishings
                FROM issue WHERE tenant = ?""".formatted(Sightings.lastSeen("issue")))) {
            select.setString(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    IssueSummary summary = new IssueSummary(row.getString(1), row.getString(2),
                            Classification.parse(row.getString(3)), ServiceHealthStatus.parse(row.getString(4)),
                            row.getInt(5) == 1, time(row, 6), time(row, 7), time(row, 8), time(row, 9),
                            time(row, 10), time(row, 11), new HashSet<>(json.strings(row.getString(12))),
                            row.getInt(13), time(row, 14), row.getInt(15));
                    issues.put(summary.id(), summary);
                }
            }
        }
        return new IssueBook(issues, reopens(connection, tenant, null, null));
    }

    /** Graph's latest fields of the issues {@code ids} names, by id. */
    Map<String, Issue> issues(Connection connection, String tenant, Collection<String> ids) throws SQLException {
        return issues(connection, tenant, ids, ISSUE_COLUMNS);
    }

    /**
     * As {@link #issues}, with the posts of unresolved issues only: the one thing a tenant's
     * memory reads from posts is the next update an unresolved issue's latest post promises, and
     * parsing every resolved issue's posts made each start read megabytes of JSON per tenant.
     */
    Map<String, Issue> issuesWithOpenPosts(Connection connection, String tenant, Collection<String> ids)
            throws SQLException {
        return issues(connection, tenant, ids, ISSUE_COLUMNS.replace(", posts",
                ", CASE WHEN resolved = 1 THEN '[]' ELSE posts END"));
    }

    private Map<String, Issue> issues(Connection connection, String tenant, Collection<String> ids, String columns)
            throws SQLException {
        Map<String, Issue> issues = new HashMap<>();
        if (ids.isEmpty()) {
            return issues;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT " + columns
                + " FROM issue WHERE tenant = ? AND id IN (SELECT value FROM json_each(?))")) {
            select.setString(1, tenant);
            select.setString(2, json.strings(ids));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Issue issue = issue(row);
                    issues.put(issue.id(), issue);
                }
            }
        }
        return issues;
    }

    Optional<IssueHistory> history(Connection connection, String tenant, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ISSUE_COLUMNS
                + ", first_seen, first_status, " + Sightings.lastSeen("issue")
                + ", appeared_at, vanished_at FROM issue WHERE tenant = ? AND id = ?")) {
            select.setString(1, tenant);
            select.setString(2, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                List<String> followUpOf = reopens(connection, tenant, "related_issue_id", id).stream()
                        .map(IssueEvent.Reopened::issueId).toList();
                return Optional.of(new IssueHistory(issue(row), time(row, 15), ServiceHealthStatus.parse(row.getString(16)),
                        time(row, 17), time(row, 18), time(row, 19), transitions(connection, tenant, id),
                        resolutions(connection, tenant, id),
                        reopens(connection, tenant, "issue_id", id), followUpOf));
            }
        }
    }

    /** The tenant's reopens, oldest first; only those where {@code idColumn} is {@code id} unless null. */
    private List<IssueEvent.Reopened> reopens(Connection connection, String tenant, String idColumn, String id)
            throws SQLException {
        List<IssueEvent.Reopened> reopens = new ArrayList<>();
        String only = idColumn == null ? "" : " AND " + idColumn + " = ?";
        try (PreparedStatement select = connection.prepareStatement("SELECT issue_id, at, kind, related_issue_id "
                + "FROM issue_reopen WHERE tenant = ?" + only + " ORDER BY rowid")) {
            select.setString(1, tenant);
            if (id != null) {
                select.setString(2, id);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    reopens.add(new IssueEvent.Reopened(row.getString(1), time(row, 2), kind(row.getString(3)), row.getString(4)));
                }
            }
        }
        return reopens;
    }

    private static List<IssueEvent.StatusChanged> transitions(Connection connection, String tenant, String id)
            throws SQLException {
        List<IssueEvent.StatusChanged> transitions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT at, from_status, to_status "
                + "FROM issue_transition WHERE tenant = ? AND issue_id = ? ORDER BY rowid")) {
            select.setString(1, tenant);
            select.setString(2, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    transitions.add(new IssueEvent.StatusChanged(id, time(row, 1),
                            ServiceHealthStatus.parse(row.getString(2)), ServiceHealthStatus.parse(row.getString(3))));
                }
            }
        }
        return transitions;
    }

    private static List<IssueEvent.Resolved> resolutions(Connection connection, String tenant, String id)
            throws SQLException {
        List<IssueEvent.Resolved> resolutions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT at FROM issue_resolution WHERE tenant = ? AND issue_id = ? ORDER BY rowid")) {
            select.setString(1, tenant);
            select.setString(2, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    resolutions.add(new IssueEvent.Resolved(id, time(row, 1)));
                }
            }
        }
        return resolutions;
    }

    private Issue issue(ResultSet row) throws SQLException {
        return new Issue(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                Classification.parse(row.getString(6)), Origin.parse(row.getString(7)),
                ServiceHealthStatus.parse(row.getString(8)), row.getInt(9) == 1, row.getString(10),
                time(row, 11), time(row, 12), time(row, 13), json.posts(row.getString(14)));
    }

    private static Instant time(ResultSet row, int column) throws SQLException {
        return SqlTimes.parse(row.getString(column));
    }

    static ReopenKind kind(String label) {
        return Arrays.stream(ReopenKind.values()).filter(k -> k.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown reopen kind in store: " + label));
    }
}
