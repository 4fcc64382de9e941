package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueFixture;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.testing.MutableClock;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryFailureTest {

    @TempDir
    Path dir;

    private static Issue open(String id, ServiceHealthStatus status, String modifiedIso) {
        return issue(id).active(status).start("2026-02-01T08:00:00Z").modified(modifiedIso).build();
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private StoreException openFails(Path file) {
        return assertThrows(StoreException.class, () -> SqliteHistory.open(file, Duration.ofDays(400),
                Duration.ofDays(7), new MutableClock("2026-02-01T00:00:00Z")));
    }

    private static void assertOneLineNaming(Path file, String expected, StoreException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void writeFailingHalfwayRollsBackTheWholePollInFileAndMemory() throws Exception {
        try (StoreFixture store = new StoreFixture(dir, "2026-02-01T08:15:00Z")) {
            store.pollHealth("2026-02-01T08:15:00Z", open("EX1", ServiceHealthStatus.INVESTIGATING, "2026-02-01T08:00:00Z"));
            TenantSnapshot before = store.snapshotAt("2026-02-01T08:20:00Z");
            // The new issue EX2 is written before EX1's transition, which then fails.
            sql(store.file, "CREATE TRIGGER fail_transitions BEFORE INSERT ON issue_transition "
                    + "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END");

            StoreException e = assertThrows(StoreException.class, () -> store.pollHealth("2026-02-01T08:20:00Z",
                    open("EX1", ServiceHealthStatus.SERVICE_DEGRADATION, "2026-02-01T08:19:00Z"),
                    open("EX2", ServiceHealthStatus.INVESTIGATING, "2026-02-01T08:19:00Z")));

            assertOneLineNaming(store.file, "could not record the health poll of tenant contoso", e);
            assertTrue(e.getMessage().contains("simulated write failure"), e.getMessage());
            assertEquals(before, store.snapshot());
            assertTrue(store.history.issueHistory(StoreFixture.TENANT, "EX2").isEmpty());
            store.restart();
            assertEquals(before, store.snapshot());

            sql(store.file, "DROP TRIGGER fail_transitions");
            store.pollHealth("2026-02-01T08:21:00Z",
                    open("EX1", ServiceHealthStatus.SERVICE_DEGRADATION, "2026-02-01T08:19:00Z"),
                    open("EX2", ServiceHealthStatus.INVESTIGATING, "2026-02-01T08:19:00Z"));
            assertEquals(1, store.issueHistory("EX1").transitions().size());
            assertEquals(2, store.snapshot().issues().size());
        }
    }

    @Test
    void fullDiskRollsBackThePollAndSaysSoOnOneLine() throws Exception {
        try (StoreFixture store = new StoreFixture(dir, "2026-02-01T08:15:00Z")) {
            store.pollHealth("2026-02-01T08:15:00Z", open("EX1", ServiceHealthStatus.INVESTIGATING, "2026-02-01T08:00:00Z"));
            TenantSnapshot before = store.snapshot();
            store.history.database().transaction("limit the file to its current size",
                    c -> c.createStatement().execute("PRAGMA max_page_count = " + pageCount(c)));
            List<Issue> many = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                many.add(issue("EX" + (2000000 + i)).active(ServiceHealthStatus.INVESTIGATING).start("2026-02-01T08:00:00Z")
                        .post("2026-02-01T08:10:00Z", "x".repeat(2000)).build());
            }

            StoreException e = assertThrows(StoreException.class,
                    () -> store.pollHealth("2026-02-01T08:16:00Z", many.toArray(Issue[]::new)));

            assertOneLineNaming(store.file, "SQLITE_FULL", e);
            assertTrue(e.getMessage().endsWith("the previous state is kept"), e.getMessage());
            assertEquals(before, store.snapshotAt("2026-02-01T08:15:00Z"));
            store.history.database().transaction("lift the limit",
                    c -> c.createStatement().execute("PRAGMA max_page_count = 1073741823"));
            store.pollHealth("2026-02-01T08:17:00Z", many.toArray(Issue[]::new));
            assertEquals(201, store.snapshot().issues().size());
        }
    }

    private static long pageCount(Connection connection) throws java.sql.SQLException {
        try (var rows = connection.createStatement().executeQuery("PRAGMA page_count")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void fileOfRandomBytesStopsOpeningAndIsLeftUntouched() throws Exception {
        Path file = dir.resolve("history.db");
        byte[] noise = new byte[65536];
        new Random(42).nextBytes(noise);
        Files.write(file, noise);

        StoreException e = openFails(file);

        assertOneLineNaming(file, "is not an SQLite database", e);
        assertTrue(e.getMessage().contains("move it aside to start a new history"), e.getMessage());
        assertArrayEquals(noise, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("history.db-wal")));
    }

    @Test
    void textFileGivenAsTheStoreStopsOpening() throws Exception {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, "tenants: []\n");

        assertOneLineNaming(file, "is not an SQLite database", openFails(file));
        assertEquals("tenants: []\n", Files.readString(file));
    }

    @Test
    void storeWithDamagedPagesStopsOpeningWithRestoreAdvice() throws Exception {
        Path file = dir.resolve("history.db");
        try (StoreFixture store = new StoreFixture(file, new MutableClock("2026-04-03T12:00:00Z"), Duration.ofDays(400))) {
            List<Issue> issues = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                issues.add(issue("EX" + (3000000 + i)).restored("2026-04-01T10:00:00Z").start("2026-04-01T08:00:00Z")
                        .post("2026-04-01T08:10:00Z", "update " + i + " ".repeat(500)).build());
            }
            store.pollHealth("2026-04-03T12:00:00Z", issues.toArray(Issue[]::new));
        }
        long size = Files.size(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[8192];
            new Random(7).nextBytes(garbage);
            raw.seek(size / 2 / 4096 * 4096);
            raw.write(garbage);
        }
        byte[] damaged = Files.readAllBytes(file);

        StoreException e = openFails(file);

        assertOneLineNaming(file, "is damaged", e);
        assertTrue(e.getMessage().contains("restore it from a backup"), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(file));
    }

    @Test
    void storeWrittenByANewerSchemaStopsOpening() throws Exception {
        Path file = dir.resolve("history.db");
        new StoreFixture(file, new MutableClock("2026-02-01T00:00:00Z"), Duration.ofDays(400)).close();
        sql(file, "INSERT INTO schema_version VALUES (99, '2027-01-01T00:00:00Z')");

        StoreException e = openFails(file);

        assertOneLineNaming(file, "has schema version 99, newer than this exporter's " + Migrations.latestVersion(), e);
        assertTrue(e.getMessage().contains("restore a backup"), e.getMessage());
    }

    @Test
    void sqliteDatabaseOfAnotherProgramIsNotTakenOver() throws Exception {
        Path file = dir.resolve("grafana.db");
        sql(file, "CREATE TABLE dashboard (id INTEGER PRIMARY KEY, title TEXT)");

        assertOneLineNaming(file, "is an SQLite database of another program", openFails(file));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             var tables = connection.createStatement().executeQuery("SELECT count(*) FROM sqlite_schema")) {
            tables.next();
            assertEquals(1, tables.getInt(1), "no table of ours was added");
        }
    }

    @Test
    void directoryOrMissingParentGivenAsTheStoreStopsOpening() {
        assertOneLineNaming(dir, "is a directory", openFails(dir));
        Path nowhere = dir.resolve("missing").resolve("history.db");
        assertOneLineNaming(nowhere, "directory " + nowhere.getParent() + " does not exist", openFails(nowhere));
    }

    @Test
    void emptyFileIsANewStore() throws Exception {
        Path file = dir.resolve("history.db");
        Files.write(file, new byte[0]);

        try (StoreFixture store = new StoreFixture(file, new MutableClock("2026-04-03T12:00:00Z"), Duration.ofDays(400))) {
            store.pollHealth("2026-04-03T12:00:00Z", IssueFixture.ex1268771Active());
            assertEquals(1, store.snapshot().issues().size());
        }
        assertTrue(new String(Files.readAllBytes(file), 0, 15, StandardCharsets.US_ASCII).startsWith("SQLite format 3"));
    }

    @Test
    void closedStoreRefusesRecordsWithAMessageNamingIt() throws Exception {
        StoreFixture store = new StoreFixture(dir, "2026-02-01T08:15:00Z");
        store.close();

        StoreException e = assertThrows(StoreException.class, () -> store.pollHealth("2026-02-01T08:16:00Z"));

        assertOneLineNaming(store.file, "is closed", e);
    }
}
