package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Issue;
import io.github.m365health.health.MessageFixture;
import io.github.m365health.health.MessageTracker;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryLoadTest {

    private static final List<String> TENANTS = IntStream.range(0, 7).mapToObj(i -> "tenant" + i).toList();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock("2026-02-01T00:00:00Z");

    @Test
    void tenantsLoadedInParallelAtStartSeeTheSameHistoryAsTenantsLoadedOneByOne() throws Exception {
        Path file = dir.resolve("history.db");
        Instant now = write(file);

        List<TenantSnapshot> oneByOne = new ArrayList<>();
        try (SqliteHistory history = open(file)) {
            for (String tenant : TENANTS) {
                oneByOne.add(history.snapshot(tenant, ServiceFilter.ALL, now));
            }
        }
        try (SqliteHistory history = open(file)) {
            history.load(TENANTS, 3);
            for (int t = 0; t < TENANTS.size(); t++) {
                TenantSnapshot parallel = history.snapshot(TENANTS.get(t), ServiceFilter.ALL, now);
                assertEquals(oneByOne.get(t), parallel, TENANTS.get(t));
                assertEquals(t + 1, parallel.issues().size(), "each tenant keeps exactly its own issues");
            }
        }
    }

    @Test
    void aTenantWithNoHistoryLoadsEmptyAndAPollAfterTheLoadBuildsOnIt() throws Exception {
        Path file = dir.resolve("history.db");
        Instant now = write(file);
        try (SqliteHistory history = open(file)) {
            history.load(List.of("tenant2", "new tenant", "tenant2"), 4);
            assertTrue(history.snapshot("new tenant", ServiceFilter.ALL, now).issues().isEmpty());

            List<Issue> issues = List.of(issue("EX2000000").active(ServiceHealthStatus.INVESTIGATING)
                    .start(now.toString()).build());
            history.recordHealth("tenant2", StoreFixture.SERVICES,
                    StoreFixture.TRACKER.track(history.issues("tenant2"), issues, now), now);
            assertEquals(4, history.snapshot("tenant2", ServiceFilter.ALL, now).issues().size());
        }
    }

    @Test
    void aDamagedRowFailsTheLoadWithOneLineNamingTheTenant() throws Exception {
        Path file = dir.resolve("history.db");
        write(file);
        try (SqliteHistory history = open(file)) {
            history.database().transaction("damage a stored row", connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("UPDATE issue SET mentions = 'not json' WHERE tenant = 'tenant4'");
                }
            });
        }
        try (SqliteHistory history = open(file)) {
            StoreException failure = assertThrows(StoreException.class, () -> history.load(TENANTS, 3));
            assertTrue(failure.getMessage().contains("could not load the history of tenant tenant4"), failure.getMessage());
            assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
        }
    }

    /** Tenant i gets i + 1 issues and one Message Center post; returns the time after the last poll. */
    private Instant write(Path file) throws Exception {
        Instant at = clock.instant();
        try (SqliteHistory history = open(file)) {
            for (int t = 0; t < TENANTS.size(); t++) {
                String tenant = TENANTS.get(t);
                List<Issue> issues = new ArrayList<>();
                for (int i = 0; i <= t; i++) {
                    issues.add(issue("EX" + (1000000 + i)).active(ServiceHealthStatus.SERVICE_DEGRADATION)
                            .start(at.minusSeconds(3600).toString()).post(at.minusSeconds(600).toString(),
                                    "We're reviewing logs. Next update by: Monday, February 2, 2026, at 10:00 AM UTC")
                            .build());
                }
                history.recordHealth(tenant, StoreFixture.SERVICES,
                        StoreFixture.TRACKER.track(history.issues(tenant), issues, at), at);
                history.recordMessages(tenant,
                        MessageTracker.track(history.messages(tenant), List.of(MessageFixture.mc172851()), at), at);
            }
        }
        return at.plusSeconds(60);
    }

    private SqliteHistory open(Path file) throws StoreException {
        return SqliteHistory.open(file, Duration.ofDays(400), Duration.ofDays(7), clock);
    }
}
