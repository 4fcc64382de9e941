package io.github.m365health.store;

import io.github.m365health.health.IncidentReport;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.store.IncidentReviews.StoredReview;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes of the incident_report table; each method runs inside the caller's transaction. */
final class ReviewRows {

    List<String> awaiting(Connection connection, String tenant) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id FROM issue WHERE tenant = ? AND status = ?
                  AND id NOT IN (SELECT issue_id FROM incident_report WHERE tenant = ?) ORDER BY id""")) {
            select.setString(1, tenant);
            select.setString(2, ServiceHealthStatus.POST_INCIDENT_REVIEW_PUBLISHED.wireName());
            select.setString(3, tenant);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }

    void insert(Connection connection, String tenant, String issueId, IncidentReport report, Instant fetchedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO incident_report VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, tenant);
            insert.setString(2, issueId);
            insert.setString(3, SqlTimes.format(fetchedAt));
            insert.setString(4, report.contentType());
            insert.setBytes(5, report.document());
            insert.executeUpdate();
        }
    }

    Optional<StoredReview> find(Connection connection, String tenant, String issueId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT fetched_at, content_type, document FROM incident_report WHERE tenant = ? AND issue_id = ?")) {
            select.setString(1, tenant);
            select.setString(2, issueId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredReview(new IncidentReport(row.getBytes(3), row.getString(2)),
                        SqlTimes.parse(row.getString(1))));
            }
        }
    }
}
