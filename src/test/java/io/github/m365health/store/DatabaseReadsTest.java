package io.github.m365health.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reads run on a connection of their own: they see the last commit and never wait for a write. */
@Timeout(60)
class DatabaseReadsTest {

    @TempDir
    Path dir;

    @Test
    void aReadSeesTheLastCommitWhileAWriteIsStillOpen() throws Exception {
        try (Database database = Database.open(dir.resolve("state.db"), Instant.parse("2026-04-03T12:00:00Z"))) {
            database.transaction("create a table", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE probe (value INTEGER)");
                    statement.execute("INSERT INTO probe VALUES (1)");
                }
                return null;
            });
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
                try {
                    database.transaction("hold a write open", connection -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("UPDATE probe SET value = 2");
                        }
                        writing.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(writing.await(30, TimeUnit.SECONDS), "the write started");

            int seen = database.read("read the probe", connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT value FROM probe")) {
                    row.next();
                    return row.getInt(1);
                }
            });

            assertEquals(1, seen, "the read sees the last commit, not the open write");
            release.countDown();
            write.get(30, TimeUnit.SECONDS);
            assertEquals(2, (int) database.read("read the probe again", connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT value FROM probe")) {
                    row.next();
                    return row.getInt(1);
                }
            }));
        }
    }

    @Test
    void aReadCannotWrite() throws Exception {
        try (Database database = Database.open(dir.resolve("state.db"), Instant.parse("2026-04-03T12:00:00Z"))) {
            StoreException refused = assertThrows(StoreException.class, () -> database.read("sneak a write in",
                    connection -> {
                        try (Statement statement = connection.createStatement()) {
                            return statement.executeUpdate("CREATE TABLE sneaked (value INTEGER)");
                        }
                    }));
            assertTrue(refused.getMessage().startsWith("state store " + dir.resolve("state.db").toAbsolutePath()
                    + ": could not sneak a write in: "), refused.getMessage());
        }
    }
}
