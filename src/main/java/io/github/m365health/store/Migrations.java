package io.github.m365health.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The schema, as an ordered list of migrations. A store file records the version it was brought
 * to; opening it applies the newer migrations, each in its own transaction. Released migrations
 * are never edited: a schema change is a new migration at the end.
 */
final class Migrations {

    /** Marks the file as ours ("m365" in ASCII) in the SQLite header. */
    static final int APPLICATION_ID = 0x6d333635;

    private record Migration(int version, List<String> statements) {
    }

    private static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, List.of(
                    "PRAGMA application_id = " + APPLICATION_ID,
                    """
                    CREATE TABLE service (
                      tenant TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL,
                      service_name TEXT NOT NULL, status TEXT NOT NULL,
                      PRIMARY KEY (tenant, id))""",
                    """
                    CREATE TABLE issue (
                      tenant TEXT NOT NULL, id TEXT NOT NULL,
                      title TEXT NOT NULL, service_name TEXT NOT NULL, feature TEXT NOT NULL,
                      feature_group TEXT NOT NULL, classification TEXT NOT NULL, origin TEXT NOT NULL,
                      status TEXT NOT NULL, resolved INTEGER NOT NULL, impact_description TEXT NOT NULL,
                      start TEXT NOT NULL, end TEXT, last_modified TEXT NOT NULL, posts TEXT NOT NULL,
                      first_seen TEXT NOT NULL, first_status TEXT NOT NULL, last_seen TEXT NOT NULL,
                      appeared_at TEXT NOT NULL, mentions TEXT NOT NULL,
                      PRIMARY KEY (tenant, id))""",
                    """
                    CREATE TABLE issue_transition (
                      tenant TEXT NOT NULL, issue_id TEXT NOT NULL, at TEXT NOT NULL,
                      from_status TEXT NOT NULL, to_status TEXT NOT NULL)""",
                    "CREATE INDEX issue_transition_by_issue ON issue_transition (tenant, issue_id)",
                    "CREATE TABLE issue_resolution (tenant TEXT NOT NULL, issue_id TEXT NOT NULL, at TEXT NOT NULL)",
                    "CREATE INDEX issue_resolution_by_issue ON issue_resolution (tenant, issue_id)",
                    """
                    CREATE TABLE issue_reopen (
                      tenant TEXT NOT NULL, issue_id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL,
                      related_issue_id TEXT)""",
                    "CREATE INDEX issue_reopen_by_issue ON issue_reopen (tenant, issue_id)",
                    // A follow-up pair is counted once, ever.
                    """
                    CREATE UNIQUE INDEX issue_reopen_follow_up_once
                      ON issue_reopen (tenant, issue_id, related_issue_id) WHERE kind = 'follow_up'""",
                    """
                    CREATE TABLE impact_high_water (
                      tenant TEXT NOT NULL, service_name TEXT NOT NULL, classification TEXT NOT NULL,
                      seconds REAL NOT NULL,
                      PRIMARY KEY (tenant, service_name, classification))""",
                    """
                    CREATE TABLE retired_issue_totals (
                      tenant TEXT NOT NULL, service_name TEXT NOT NULL, classification TEXT NOT NULL,
                      seen INTEGER NOT NULL, same_id_reopens INTEGER NOT NULL, follow_up_reopens INTEGER NOT NULL,
                      impact_seconds REAL NOT NULL,
                      PRIMARY KEY (tenant, service_name, classification))""",
                    """
                    CREATE TABLE retired_resolution (
                      tenant TEXT NOT NULL, service_name TEXT NOT NULL, classification TEXT NOT NULL,
                      duration_millis INTEGER NOT NULL)""",
                    """
                    CREATE TABLE message (
                      tenant TEXT NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL,
                      start TEXT NOT NULL, end TEXT, last_modified TEXT NOT NULL,
                      category TEXT NOT NULL, severity TEXT NOT NULL, major_change INTEGER NOT NULL,
                      action_required_by TEXT, services TEXT NOT NULL, tags TEXT NOT NULL,
                      first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
                      PRIMARY KEY (tenant, id))""",
                    """
                    CREATE TABLE message_change (
                      tenant TEXT NOT NULL, message_id TEXT NOT NULL, at TEXT NOT NULL, field TEXT NOT NULL,
                      from_value TEXT, to_value TEXT)""",
                    "CREATE INDEX message_change_by_message ON message_change (tenant, message_id)",
                    """
                    CREATE TABLE retired_message (
                      tenant TEXT NOT NULL, id TEXT NOT NULL, category TEXT NOT NULL, severity TEXT NOT NULL,
                      services TEXT NOT NULL,
                      PRIMARY KEY (tenant, id))"""
            )),
            // For the pages: Message Center bodies, and the issue list's order (open first, latest update first).
            new Migration(2, List.of(
                    "ALTER TABLE message ADD COLUMN body TEXT NOT NULL DEFAULT ''",
                    "CREATE INDEX issue_listing ON issue (resolved, last_modified DESC)",
                    // The service filter's choices without reading every issue row, and a service's list in order.
                    "CREATE INDEX issue_by_service ON issue (service_name, resolved, last_modified DESC)")),
            // Post-incident reviews, fetched once per issue and kept with it.
            new Migration(3, List.of(
                    """
                    CREATE TABLE incident_report (
                      tenant TEXT NOT NULL, issue_id TEXT NOT NULL, fetched_at TEXT NOT NULL,
                      content_type TEXT NOT NULL, document BLOB NOT NULL,
                      PRIMARY KEY (tenant, issue_id))"""
            )),
            // Machine translations, keyed by what was sent, so that a text is paid for once; and
            // the characters sent per calendar month (UTC), which the monthly budget is held to.
            new Migration(4, List.of(
                    """
                    CREATE TABLE translation (
                      provider TEXT NOT NULL, target TEXT NOT NULL, source_sha256 TEXT NOT NULL,
                      translated TEXT NOT NULL, translated_at TEXT NOT NULL,
                      PRIMARY KEY (provider, target, source_sha256))""",
                    """
                    CREATE TABLE translation_usage (
                      provider TEXT NOT NULL, month TEXT NOT NULL, characters INTEGER NOT NULL,
                      PRIMARY KEY (provider, month))"""
            )),
            // The vanished rule: unresolved issues missing from complete listings stop counting as
            // open. Kept on the issue row so that a restart neither forgets a run of misses nor
            // counts a vanishing twice.
            new Migration(5, List.of(
                    "ALTER TABLE issue ADD COLUMN missed_listings INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE issue ADD COLUMN vanished_at TEXT",
                    "ALTER TABLE issue ADD COLUMN vanishings INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE retired_issue_totals ADD COLUMN vanished INTEGER NOT NULL DEFAULT 0")),
            // Last sightings beside the rows rather than on them: a poll that changed nothing
            // rewrote every issue and post row, posts and bodies of kilobytes included, only to
            // move last_seen, and that was most of a store's write time at 100 tenants. A row's
            // own last_seen is still set when the row is written; the later of the two counts.
            new Migration(6, List.of(
                    """
                    CREATE TABLE issue_sighting (
                      tenant TEXT NOT NULL, id TEXT NOT NULL, last_seen TEXT NOT NULL,
                      PRIMARY KEY (tenant, id)) WITHOUT ROWID""",
                    """
                    CREATE TABLE message_sighting (
                      tenant TEXT NOT NULL, id TEXT NOT NULL, last_seen TEXT NOT NULL,
                      PRIMARY KEY (tenant, id)) WITHOUT ROWID""",
                    """
                    CREATE TRIGGER issue_sighting_goes_with_its_issue AFTER DELETE ON issue BEGIN
                      DELETE FROM issue_sighting WHERE tenant = OLD.tenant AND id = OLD.id; END""",
                    """
                    CREATE TRIGGER message_sighting_goes_with_its_post AFTER DELETE ON message BEGIN
                      DELETE FROM message_sighting WHERE tenant = OLD.tenant AND id = OLD.id; END""")));

    private Migrations() {
    }

    static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** The version a file was brought to; 0 for a file without our schema. */
    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'")) {
                tables.next();
                if (tables.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet version = statement.executeQuery("SELECT max(version) FROM schema_version")) {
                return version.next() ? version.getInt(1) : 0;
            }
        }
    }

    /** Applies every migration newer than the file's version, each atomically. */
    static void migrate(Connection connection, Instant now) throws SQLException {
        for (Migration migration : MIGRATIONS) {
            if (migration.version() <= currentVersion(connection)) {
                continue;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    insert.setInt(1, migration.version());
                    insert.setString(2, SqlTimes.format(now));
                    insert.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
