package io.github.m365health.store;

import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueEvent;
import io.github.m365health.health.IssueSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Writes of the issue tables; each method runs inside the caller's transaction. */
final class IssueWrites {

    private static final String UPSERT = """
            INSERT INTO issue (tenant, id, title, service_name, feature, feature_group, classification, origin,
              status, resolved, impact_description, start, end, last_modified, posts,
              first_seen, first_status, last_seen, appeared_at, mentions, missed_listings, vanished_at, vanishings)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (tenant, id) DO UPDATE SET
              title = excluded.title, service_name = excluded.service_name, feature = excluded.feature,
              feature_group = excluded.feature_group, classification = excluded.classification,
              origin = excluded.origin, status = excluded.status, resolved = excluded.resolved,
              impact_description = excluded.impact_description, start = excluded.start, end = excluded.end,
              last_modified = excluded.last_modified, posts = excluded.posts, last_seen = excluded.last_seen,
              appeared_at = excluded.appeared_at, mentions = excluded.mentions,
              missed_listings = excluded.missed_listings, vanished_at = excluded.vanished_at,
              vanishings = excluded.vanishings""";

    private final JsonColumns json;

    IssueWrites(JsonColumns json) {
        this.json = json;
    }

    /** Stores Graph's latest fields of {@code changed}; first sighting and first status are set once. */
    /** @param postsJson by issue id, {@link JsonColumns#posts} of each changed issue's posts */
    void upsert(Connection connection, String tenant, List<Issue> changed, Map<String, IssueSummary> summaries,
                Map<String, String> postsJson) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Issue issue : changed) {
                IssueSummary summary = summaries.get(issue.id());
                int i = 0;
                upsert.setString(++i, tenant);
                upsert.setString(++i, issue.id());
                upsert.setString(++i, issue.title());
                upsert.setString(++i, issue.serviceName());
                upsert.setString(++i, issue.feature());
                upsert.setString(++i, issue.featureGroup());
                upsert.setString(++i, issue.classification().wireName());
                upsert.setString(++i, issue.origin().wireName());
                upsert.setString(++i, issue.status().wireName());
                upsert.setInt(++i, issue.resolved() ? 1 : 0);
                upsert.setString(++i, issue.impactDescription());
                upsert.setString(++i, SqlTimes.format(issue.start()));
                upsert.setString(++i, SqlTimes.format(issue.end()));
                upsert.setString(++i, SqlTimes.format(issue.lastModified()));
                upsert.setString(++i, postsJson.get(issue.id()));
                upsert.setString(++i, SqlTimes.format(summary.firstSeen()));
                upsert.setString(++i, issue.status().wireName());
                upsert.setString(++i, SqlTimes.format(summary.lastSeen()));
                upsert.setString(++i, SqlTimes.format(summary.appearedAt()));
                upsert.setString(++i, json.strings(new TreeSet<>(summary.mentions())));
                upsert.setInt(++i, summary.missedListings());
                upsert.setString(++i, SqlTimes.format(summary.vanishedAt()));
                upsert.setInt(++i, summary.vanishings());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    void markSeen(Connection connection, String tenant, Collection<String> ids, Instant at) throws SQLException {
        Sightings.markSeen(connection, "issue", json, tenant, ids, at);
    }

    /** Stores the run of missed listings of issues a listing left out, and their vanishing once it happens. */
    void saveMissed(Connection connection, String tenant, Collection<IssueSummary> missed) throws SQLException {
        if (missed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE issue SET missed_listings = ?, vanished_at = ?, vanishings = ? WHERE tenant = ? AND id = ?")) {
            for (IssueSummary summary : missed) {
                update.setInt(1, summary.missedListings());
                update.setString(2, SqlTimes.format(summary.vanishedAt()));
                update.setInt(3, summary.vanishings());
                update.setString(4, tenant);
                update.setString(5, summary.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    void insertEvents(Connection connection, String tenant, List<IssueEvent> events) throws SQLException {
        try (PreparedStatement transition = connection.prepareStatement("INSERT INTO issue_transition VALUES (?, ?, ?, ?, ?)");
             PreparedStatement resolution = connection.prepareStatement("INSERT INTO issue_resolution VALUES (?, ?, ?)");
             PreparedStatement reopen = connection.prepareStatement("INSERT INTO issue_reopen VALUES (?, ?, ?, ?, ?)")) {
            for (IssueEvent event : events) {
                if (event instanceof IssueEvent.StatusChanged changed) {
                    execute(transition, tenant, changed.issueId(), SqlTimes.format(changed.at()),
                            changed.from().wireName(), changed.to().wireName());
                } else if (event instanceof IssueEvent.Resolved resolved) {
                    execute(resolution, tenant, resolved.issueId(), SqlTimes.format(resolved.at()));
                } else if (event instanceof IssueEvent.Reopened reopened) {
                    execute(reopen, tenant, reopened.issueId(), reopened.kind().label(),
                            SqlTimes.format(reopened.at()), reopened.relatedIssueId());
                }
                // A first sighting is the issue row's first_seen, a vanishing its vanished_at and
                // vanishings: neither is an event row.
            }
        }
    }

    /** Removes issues pruned from the history with everything recorded about them. */
    void delete(Connection connection, String tenant, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String idList = json.strings(ids);
        for (String table : List.of("issue_transition", "issue_resolution", "issue_reopen", "incident_report")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE tenant = ? AND issue_id IN (SELECT value FROM json_each(?))")) {
                delete.setString(1, tenant);
                delete.setString(2, idList);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM issue WHERE tenant = ? AND id IN (SELECT value FROM json_each(?))")) {
            delete.setString(1, tenant);
            delete.setString(2, idList);
            delete.executeUpdate();
        }
    }

    private static void execute(PreparedStatement statement, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(i + 1, values[i]);
        }
        statement.executeUpdate();
    }
}
