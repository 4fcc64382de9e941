package io.github.m365health.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.m365health.health.Message;
import io.github.m365health.health.MessageFixture;
import io.github.m365health.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written before Message Center bodies were kept opens, keeps its posts and stores bodies from then on. */
class MessageBodyMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneStoreGainsTheBodyColumnAndKeepsItsPosts() throws Exception {
        Path file = dir.resolve("history.db");
        StoreFixture store = new StoreFixture(file, new MutableClock("2026-04-01T00:00:00Z"), Duration.ofDays(400));
        store.pollMessages("2026-04-01T00:00:00Z", MessageFixture.withDeadline("2026-06-30T00:00:00Z", "2026-03-30T17:05:12Z"));
        store.close();
        // Back to the shape version 1 left: no body column, no listing indexes.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP INDEX issue_listing");
            sql.execute("DROP INDEX issue_by_service");
            sql.execute("ALTER TABLE message DROP COLUMN body");
            // What later migrations added is undone too, so that each applies again.
            sql.execute("DROP TABLE incident_report");
            sql.execute("DROP TABLE translation");
            sql.execute("DROP TABLE translation_usage");
            sql.execute("DROP TRIGGER issue_sighting_goes_with_its_issue");
            sql.execute("DROP TRIGGER message_sighting_goes_with_its_post");
            sql.execute("DROP TABLE issue_sighting");
            sql.execute("DROP TABLE message_sighting");
            for (String column : List.of("missed_listings", "vanished_at", "vanishings")) {
                sql.execute("ALTER TABLE issue DROP COLUMN " + column);
            }
            sql.execute("ALTER TABLE retired_issue_totals DROP COLUMN vanished");
            sql.execute("DELETE FROM schema_version WHERE version >= 2");
        }

        store = new StoreFixture(file, new MutableClock("2026-04-02T00:00:00Z"), Duration.ofDays(400));
        try {
            assertEquals("", store.history.readModel().message(StoreFixture.TENANT, "MC9999001").orElseThrow().message().body());
            Message before = MessageFixture.withDeadline("2026-06-30T00:00:00Z", "2026-04-01T12:00:00Z");
            Message withBody = new Message(before.id(), before.title(), before.start(), before.end(), before.lastModified(),
                    before.category(), before.severity(), before.majorChange(), before.actionRequiredBy(),
                    before.services(), before.tags(), "<p>Now with its body.</p>");
            store.pollMessages("2026-04-02T00:00:00Z", withBody);
            assertEquals("<p>Now with its body.</p>",
                    store.history.readModel().message(StoreFixture.TENANT, "MC9999001").orElseThrow().message().body());
        } finally {
            store.close();
        }
    }
}
