package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueBook;
import io.github.m365health.health.MessageFixture;
import io.github.m365health.health.MessageTracker;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polls of many tenants are committed together by the store's one writer thread. Batches are made
 * deterministic by holding the writer until a given number of writes has queued up.
 */
class SqliteHistoryGroupCommitTest {

    private static final Instant AT = Instant.parse("2026-02-01T08:15:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock("2026-02-01T08:15:00Z");
    private final ExecutorService pollers = Executors.newCachedThreadPool();
    private Path file;
    private SqliteHistory history;

    @BeforeEach
    void open() throws StoreException {
        file = dir.resolve("history.db");
        history = reopen();
    }

    @AfterEach
    void close() throws StoreException {
        pollers.shutdownNow();
        history.close();
    }

    private SqliteHistory reopen() throws StoreException {
        return SqliteHistory.open(file, Duration.ofDays(400), Duration.ofDays(7), clock);
    }

    private void restart() throws StoreException {
        history.close();
        history = reopen();
    }

    private static Issue investigating(String id) {
        return issue(id).active(ServiceHealthStatus.INVESTIGATING).start("2026-02-01T08:00:00Z").build();
    }

    private Callable<Void> healthPoll(String tenant, Issue... issues) {
        return () -> {
            history.recordHealth(tenant, StoreFixture.SERVICES,
                    StoreFixture.TRACKER.track(history.issues(tenant), List.of(issues), AT), AT);
            return null;
        };
    }

    private Callable<Void> messagesPoll(String tenant) {
        return () -> {
            history.recordMessages(tenant,
                    MessageTracker.track(history.messages(tenant), List.of(MessageFixture.post("MC1", List.of("Exchange Online"), "2026-01-20T00:00:00Z", null)), AT), AT);
            return null;
        };
    }

    /** Holds the writer until all {@code polls} are queued, so that they are committed as one batch. */
    private List<Future<Void>> inOneBatch(List<Callable<Void>> polls) {
        history.groupCommit().queue().holdNextBatchUntil(polls.size());
        return polls.stream().map(pollers::submit).toList();
    }

    private static Throwable failure(Future<Void> poll) throws InterruptedException {
        try {
            poll.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private TenantSnapshot snapshot(String tenant) throws StoreException {
        return history.snapshot(tenant, ServiceFilter.ALL, AT);
    }

    private void sql(String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void assertOneLineFailure(String expected, Throwable e) {
        StoreException store = assertInstanceOf(StoreException.class, e);
        assertFalse(store.getMessage().contains("\n"), store.getMessage());
        assertTrue(store.getMessage().startsWith("state store " + file.toAbsolutePath() + ": "), store.getMessage());
        assertTrue(store.getMessage().contains(expected), store.getMessage());
        assertTrue(store.getMessage().endsWith("; the previous state is kept"), store.getMessage());
    }

    @Test
    void manyTenantsPollingAtOnceAreAllCommittedInFewerTransactionsThanPolls() throws Exception {
        int tenants = 50;
        long batchesBefore = history.groupCommit().committedBatches();
        List<Callable<Void>> polls = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            String tenant = "tenant-" + t;
            polls.add(() -> {
                healthPoll(tenant, investigating("EX1000"), investigating("EX2000")).call();
                return messagesPoll(tenant).call();
            });
        }
        history.groupCommit().queue().holdNextBatchUntil(tenants);
        for (Future<Void> poll : polls.stream().map(pollers::submit).toList()) {
            poll.get();
        }

        long batches = history.groupCommit().committedBatches() - batchesBefore;
        assertTrue(batches <= 1 + tenants, "the first " + tenants + " polls share one transaction; took " + batches);
        restart();
        for (int t = 0; t < tenants; t++) {
            TenantSnapshot snapshot = snapshot("tenant-" + t);
            assertEquals(2, snapshot.issues().size(), "tenant-" + t);
            assertEquals(1, snapshot.activeMessages().size(), "tenant-" + t);
            assertTrue(StoredRows.issue(file, "tenant-" + t, "EX1000").isPresent());
        }
    }

    @Test
    void pollFailingInsideABatchFailsOnlyItsOwnCallerAndTheOthersAreCommitted() throws Exception {
        sql("CREATE TRIGGER fail_tenant_2 BEFORE INSERT ON issue WHEN NEW.tenant = 'tenant-2' "
                + "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END");
        long batchesBefore = history.groupCommit().committedBatches();
        List<Callable<Void>> polls = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            polls.add(healthPoll("tenant-" + t, investigating("EX1")));
        }

        List<Future<Void>> results = inOneBatch(polls);

        for (int t = 0; t < 5; t++) {
            Throwable failure = failure(results.get(t));
            if (t == 2) {
                assertOneLineFailure("could not record the health poll of tenant tenant-2: ", failure);
                assertTrue(failure.getMessage().contains("simulated write failure"), failure.getMessage());
                assertEquals(List.of(), snapshot("tenant-2").issues());
            } else {
                assertNull(failure, "tenant-" + t);
                assertEquals(1, snapshot("tenant-" + t).issues().size());
            }
        }
        assertEquals(1, history.groupCommit().committedBatches() - batchesBefore, "one transaction for all five");
        restart();
        assertEquals(List.of(), snapshot("tenant-2").issues());
        assertEquals(List.of(), snapshot("tenant-2").services(), "the services written before the failure are undone too");
        assertTrue(StoredRows.issue(file, "tenant-2", "EX1").isEmpty());
        assertEquals(1, snapshot("tenant-4").issues().size());
    }

    @Test
    void failingCommitFailsEveryPollOfTheBatchAndKeepsThePreviousStateInMemoryAndFile() throws Exception {
        List<String> tenants = List.of("tenant-0", "tenant-1", "tenant-2");
        for (String tenant : tenants) {
            healthPoll(tenant, investigating("EX1")).call();
        }
        Map<String, TenantSnapshot> before = new HashMap<>();
        for (String tenant : tenants) {
            before.put(tenant, snapshot(tenant));
        }
        // SQLite checks a deferred foreign key only at COMMIT: tenant-0's poll leaves a dangling
        // reference, every statement succeeds and the batch's COMMIT is what fails.
        sql("CREATE TABLE commit_guard_parent (id TEXT PRIMARY KEY)",
                "CREATE TABLE commit_guard (parent TEXT REFERENCES commit_guard_parent (id) DEFERRABLE INITIALLY DEFERRED)",
                "CREATE TRIGGER dangle AFTER INSERT ON issue WHEN NEW.tenant = 'tenant-0' "
                        + "BEGIN INSERT INTO commit_guard VALUES ('missing'); END");
        enforceForeignKeys();
        long batchesBefore = history.groupCommit().committedBatches();

        List<Future<Void>> results = inOneBatch(tenants.stream()
                .map(tenant -> healthPoll(tenant, investigating("EX1"), investigating("EX2"))).toList());

        for (int t = 0; t < tenants.size(); t++) {
            Throwable failure = failure(results.get(t));
            assertOneLineFailure("could not record the health poll of tenant " + tenants.get(t) + ": ", failure);
            assertTrue(failure.getMessage().contains("FOREIGN KEY constraint failed"), failure.getMessage());
            assertEquals(before.get(tenants.get(t)), snapshot(tenants.get(t)));
        }
        assertEquals(0, history.groupCommit().committedBatches() - batchesBefore);
        restart();
        for (String tenant : tenants) {
            assertEquals(before.get(tenant), snapshot(tenant));
            assertTrue(StoredRows.issue(file, tenant, "EX2").isEmpty(), tenant);
        }
        sql("DROP TRIGGER dangle");
        healthPoll("tenant-0", investigating("EX1"), investigating("EX2")).call();
        assertEquals(2, snapshot("tenant-0").issues().size());
    }

    /** Foreign keys are off on the store's connection; the pragma only takes effect outside a transaction. */
    private void enforceForeignKeys() throws StoreException {
        history.database().transaction("enforce foreign keys", connection -> {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA foreign_keys = ON");
            }
            connection.setAutoCommit(false);
            return null;
        });
    }

    @Test
    void tenantsHealthAndMessagesPollsInOneBatchBothStay() throws Exception {
        for (Future<Void> poll : inOneBatch(List.of(healthPoll("contoso", investigating("EX1")),
                messagesPoll("contoso")))) {
            poll.get();
        }

        TenantSnapshot both = snapshot("contoso");
        assertEquals(1, both.issues().size(), "the health poll stays in memory");
        assertEquals(1, both.activeMessages().size(), "the messages poll stays in memory");
        restart();
        assertEquals(both, snapshot("contoso"));
    }

    @Test
    void tenantsPollAfterAFailedOneInTheSameBatchBuildsOnTheCommittedState() throws Exception {
        healthPoll("contoso", investigating("EX1")).call();
        TenantSnapshot before = snapshot("contoso");
        sql("CREATE TRIGGER fail_issues BEFORE INSERT ON issue BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END");

        List<Future<Void>> results = inOneBatch(List.of(healthPoll("contoso", investigating("EX1"), investigating("EX2")),
                messagesPoll("contoso")));

        assertOneLineFailure("could not record the health poll of tenant contoso", failure(results.get(0)));
        assertNull(failure(results.get(1)));
        TenantSnapshot after = snapshot("contoso");
        assertEquals(before.issues(), after.issues());
        assertEquals(1, after.activeMessages().size());
        restart();
        assertEquals(after, snapshot("contoso"));
    }

    @Test
    void closingWithPollsQueuedCommitsThemBeforeTheFileIsReleased() throws Exception {
        int tenants = 4;
        List<Callable<Void>> polls = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            polls.add(healthPoll("tenant-" + t, investigating("EX1")));
        }
        // Never reached: only closing lets the writer take these.
        history.groupCommit().queue().holdNextBatchUntil(tenants + 1);
        List<Future<Void>> results = polls.stream().map(pollers::submit).toList();
        history.groupCommit().queue().awaitQueued(tenants);

        history.close();

        for (Future<Void> result : results) {
            assertNull(failure(result));
        }
        StoreException refused = assertThrows(StoreException.class,
                () -> history.recordHealth("tenant-0", StoreFixture.SERVICES,
                        StoreFixture.TRACKER.track(IssueBook.EMPTY, List.of(), AT), AT));
        assertTrue(refused.getMessage().contains("is closed; could not record the health poll of tenant tenant-0"),
                refused.getMessage());
        history = reopen();
        for (int t = 0; t < tenants; t++) {
            assertEquals(1, snapshot("tenant-" + t).issues().size(), "tenant-" + t);
        }
    }
}
