package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static io.github.m365health.health.IssueFixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageFixture;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A poll that changes nothing moves the last sighting without rewriting the issue or post rows. */
class SightingsTest {

    private static final Issue OPEN = issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION)
            .start("2026-01-01T08:00:00Z").modified("2026-01-01T08:00:00Z").build();
    private static final Issue ENDED = issue("EX1000001").restored("2026-01-01T14:00:00Z")
            .start("2026-01-01T08:00:00Z").modified("2026-01-01T14:00:00Z").build();
    private static final Message POST = MessageFixture.post("MC1", List.of("Exchange Online"),
            "2026-01-01T00:00:00Z", null);

    @TempDir
    Path dir;
    private StoreFixture store;

    @BeforeEach
    void open() throws StoreException {
        store = new StoreFixture(dir.resolve("history.db"), new MutableClock("2026-01-01T00:00:00Z"), Duration.ofDays(30));
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    private String query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store.file);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void unchangedIssueIsSeenAgainThroughRestartsWhileItsRowKeepsTheTimeItWasWritten() throws Exception {
        store.pollHealth("2026-01-01T09:00:00Z", OPEN);
        store.pollHealth("2026-01-01T09:01:00Z", OPEN);
        store.pollHealth("2026-01-01T09:02:00Z", OPEN);

        assertEquals(t("2026-01-01T09:02:00Z"), store.history.issues(StoreFixture.TENANT).get("EX1000001").lastSeen());
        assertEquals(t("2026-01-01T09:02:00Z"), store.issueHistory("EX1000001").lastSeen());
        assertEquals("2026-01-01T09:00:00.000000000Z", query("SELECT last_seen FROM issue"));
        store.restart();
        assertEquals(t("2026-01-01T09:02:00Z"), store.history.issues(StoreFixture.TENANT).get("EX1000001").lastSeen());

        store.pollHealth("2026-01-01T14:30:00Z", ENDED);
        assertEquals(t("2026-01-01T14:30:00Z"), store.issueHistory("EX1000001").lastSeen(),
                "a changed issue's row is written with its sighting, which is the later one again");
    }

    @Test
    void unchangedPostIsSeenAgainThroughRestarts() throws Exception {
        store.pollMessages("2026-01-01T09:00:00Z", POST);
        store.pollMessages("2026-01-01T09:05:00Z", POST);
        store.restart();

        assertEquals(t("2026-01-01T09:05:00Z"), store.history.messages(StoreFixture.TENANT).messages().get("MC1").lastSeen());
        assertEquals(t("2026-01-01T09:05:00Z"), StoredRows.message(store.file, StoreFixture.TENANT, "MC1").orElseThrow().lastSeen());
        assertEquals("2026-01-01T09:00:00.000000000Z", query("SELECT last_seen FROM message"));
    }

    @Test
    void prunedIssueTakesItsSightingAlong() throws Exception {
        store.pollHealth("2026-01-01T14:30:00Z", ENDED);
        store.pollHealth("2026-01-01T15:00:00Z", ENDED);
        assertEquals("1", query("SELECT count(*) FROM issue_sighting"));

        store.pollHealth("2026-02-05T00:00:00Z");

        assertEquals("0", query("SELECT count(*) FROM issue"));
        assertEquals("0", query("SELECT count(*) FROM issue_sighting"));
    }
}
