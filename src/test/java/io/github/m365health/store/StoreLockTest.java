package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.ServiceHealthStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per store; readers are never locked out. Two real processes: OneWriterPerStoreEndToEndTest. */
class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void refusesASecondWriterWithOneLineNamingTheHoldersPid() throws Exception {
        try (StoreFixture store = new StoreFixture(dir, "2026-02-01T08:00:00Z")) {
            StoreException e = assertThrows(StoreException.class, store::open);

            assertEquals("state store " + store.file.toAbsolutePath() + " is in use by another exporter (pid "
                    + ProcessHandle.current().pid() + "); stop that one, or give each exporter its own state.path",
                    e.getMessage());
        }
    }

    @Test
    void writesThePidIntoALockFileBesideTheStoreAndClearsItOnClose() throws Exception {
        Path lockFile = dir.resolve("history.db.lock");
        StoreFixture store = new StoreFixture(dir, "2026-02-01T08:00:00Z");

        assertEquals(ProcessHandle.current().pid() + "\n", Files.readString(lockFile));
        store.close();
        assertEquals("", Files.readString(lockFile), "no pid of a process that no longer holds the store");
    }

    @Test
    void letsTheNextWriterInOnceTheFirstHasClosed() throws Exception {
        StoreFixture store = new StoreFixture(dir, "2026-02-01T08:00:00Z");
        store.pollHealth("2026-02-01T08:00:00Z", issue("EX1").active(ServiceHealthStatus.INVESTIGATING)
                .start("2026-02-01T07:50:00Z").modified("2026-02-01T07:55:00Z").build());
        store.close();

        try (StoreFixture next = new StoreFixture(dir, "2026-02-01T08:01:00Z")) {
            assertTrue(next.shown("EX1").isPresent(), "the history written by the first");
        }
    }

    @Test
    void readersStillReadTheStoreWhileAWriterHoldsIt() throws Exception {
        try (StoreFixture store = new StoreFixture(dir, "2026-02-01T08:00:00Z")) {
            store.pollHealth("2026-02-01T08:00:00Z", issue("EX1").active(ServiceHealthStatus.INVESTIGATING)
                    .start("2026-02-01T07:50:00Z").modified("2026-02-01T07:55:00Z").build());

            try (Connection reader = DriverManager.getConnection("jdbc:sqlite:file:" + store.file.toAbsolutePath() + "?mode=ro");
                 Statement statement = reader.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM issue")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
    }
}
