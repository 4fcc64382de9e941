package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.ex1215307Restored;
import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.IncidentReport;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueFixture;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryReviewTest {

    private static final IncidentReport PIR = new IncidentReport(
            "<html><script>alert(1)</script>PIR</html>".getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");

    @TempDir
    Path dir;
    private StoreFixture store;

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    @Test
    void anIssueAtPostIncidentReviewPublishedAwaitsItsReviewUntilItIsStoredAndKeptAcrossRestarts() throws Exception {
        store = new StoreFixture(dir, "2026-01-09T09:00:00Z");
        store.pollHealth("2026-01-09T09:00:00Z", ex1215307Restored(), withPir(), issue("EX2").start("2026-01-09T08:00:00Z").build());
        assertEquals(List.of("EX1215307PIR"), store.history.awaitingReview("contoso"));

        store.history.recordReview("contoso", "EX1215307PIR", PIR, IssueFixture.t("2026-01-09T09:00:05Z"));
        store.restart();

        assertEquals(List.of(), store.history.awaitingReview("contoso"));
        IncidentReviews.StoredReview stored = store.history.review("contoso", "EX1215307PIR").orElseThrow();
        assertArrayEquals(PIR.document(), stored.report().document());
        assertEquals("text/html; charset=utf-8", stored.report().contentType());
        assertEquals(IssueFixture.t("2026-01-09T09:00:05Z"), stored.fetchedAt());
        assertTrue(store.history.review("other", "EX1215307PIR").isEmpty(), "tenants do not share reviews");
    }

    @Test
    void aStoreOfThePreviousSchemaIsUpgradedWithItsHistoryIntact() throws Exception {
        Path file = dir.resolve("history.db");
        store = new StoreFixture(file, new MutableClock("2026-01-09T09:00:00Z"), Duration.ofDays(400));
        store.pollHealth("2026-01-09T09:00:00Z", withPir());
        store.close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            // Back to the shape version 2 left: migration 3 and everything added after it undone,
            // so that each applies again.
            statement.execute("DROP TABLE incident_report");
            statement.execute("DROP TABLE translation");
            statement.execute("DROP TABLE translation_usage");
            statement.execute("DROP TRIGGER issue_sighting_goes_with_its_issue");
            statement.execute("DROP TRIGGER message_sighting_goes_with_its_post");
            statement.execute("DROP TABLE issue_sighting");
            statement.execute("DROP TABLE message_sighting");
            for (String column : List.of("missed_listings", "vanished_at", "vanishings")) {
                statement.execute("ALTER TABLE issue DROP COLUMN " + column);
            }
            statement.execute("ALTER TABLE retired_issue_totals DROP COLUMN vanished");
            statement.execute("DELETE FROM schema_version WHERE version >= 3");
        }

        store = new StoreFixture(file, new MutableClock("2026-01-09T10:00:00Z"), Duration.ofDays(400));

        assertEquals(List.of("EX1215307PIR"), store.history.awaitingReview("contoso"));
        assertEquals(ServiceHealthStatus.POST_INCIDENT_REVIEW_PUBLISHED, store.issueHistory("EX1215307PIR").issue().status());
    }

    private static Issue withPir() {
        Issue restored = issue("EX1215307PIR").restored("2026-01-08T11:30:00Z").start("2026-01-02T00:00:00Z").build();
        return new Issue(restored.id(), restored.title(), restored.serviceName(), restored.feature(), restored.featureGroup(),
                restored.classification(), restored.origin(), ServiceHealthStatus.POST_INCIDENT_REVIEW_PUBLISHED, true,
                restored.impactDescription(), restored.start(), restored.end(), restored.lastModified(), restored.posts());
    }
}
