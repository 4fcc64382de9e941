package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.MessageFixture;
import io.github.m365health.health.MessageTracker;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryConcurrencyTest {

    private static final int TENANTS = 8;
    private static final int POLLS = 25;

    @TempDir
    Path dir;

    @Test
    void tenantsPollingConcurrentlyEachKeepExactlyTheirOwnHistory() throws Exception {
        MutableClock clock = new MutableClock("2026-02-01T00:00:00Z");
        Instant start = clock.instant();
        ExecutorService pool = Executors.newFixedThreadPool(TENANTS * 2);
        try (SqliteHistory history = SqliteHistory.open(dir.resolve("history.db"), Duration.ofDays(400),
                Duration.ofDays(7), clock)) {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < TENANTS; t++) {
                String tenant = "tenant" + t;
                work.add(() -> {
                    List<Issue> issues = new ArrayList<>();
                    for (int p = 0; p < POLLS; p++) {
                        Instant at = start.plusSeconds(60L * p);
                        issues.add(issue("EX" + (1000000 + p)).active(ServiceHealthStatus.INVESTIGATING)
                                .start(at.toString()).build());
                        history.recordHealth(tenant, StoreFixture.SERVICES,
                                StoreFixture.TRACKER.track(history.issues(tenant), issues, at), at);
                        history.snapshot(tenant, ServiceFilter.ALL, at);
                    }
                    return null;
                });
                work.add(() -> {
                    for (int p = 0; p < POLLS; p++) {
                        Instant at = start.plusSeconds(60L * p);
                        history.recordMessages(tenant,
                                MessageTracker.track(history.messages(tenant), List.of(MessageFixture.mc172851()), at), at);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }

            for (int t = 0; t < TENANTS; t++) {
                var snapshot = history.snapshot("tenant" + t, ServiceFilter.ALL, start.plusSeconds(60L * POLLS));
                assertEquals(Map.of(new ServiceKey("Exchange Online", Classification.INCIDENT), (long) POLLS),
                        snapshot.issueTotals().seen());
                assertEquals(POLLS, snapshot.issues().size());
                assertEquals(1L, snapshot.messagesSeen().values().iterator().next(), "health and message polls both kept");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
