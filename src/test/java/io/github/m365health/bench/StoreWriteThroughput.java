package io.github.m365health.bench;

import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageTracker;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantState;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.health.Tracker;
import io.github.m365health.store.SqliteHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * How many polls one store file takes from many tenants at once, the limit issue 17 measured at
 * 6-8k polls a minute. Two figures on a real SQLite file in a temporary directory:
 * <ol>
 *   <li>the first import: {@code TENANTS} threads each record a tenant's first health poll (40
 *       services, 300 issues) and first messages poll (500 posts) at the same moment, as an exporter's
 *       start does; printed as the seconds until all are committed;</li>
 *   <li>steady polling: the same threads each record no-change health polls (40 services, 300 known
 *       issues, nothing changed) as fast as the store takes them for {@code SECONDS}; printed as
 *       committed polls per second and per tenant per minute.</li>
 * </ol>
 * Usage: {@code StoreWriteThroughput [tenants] [seconds]}; see bench/run-store-write-benchmark.sh.
 */
public final class StoreWriteThroughput {

    private static final Instant NOW = Instant.parse("2026-04-03T12:00:00Z");
    private static final Tracker TRACKER = new Tracker(Duration.ofDays(14));

    private StoreWriteThroughput() {
    }

    private record Tenant(String name, List<ServiceHealth> services, List<Issue> issues, List<Message> messages) {
        static Tenant of(TenantState state) {
            return new Tenant(state.tenant(), state.snapshot().services(),
                    state.snapshot().issues().stream().map(TrackedIssue::issue).toList(),
                    state.snapshot().activeMessages());
        }
    }

    public static void main(String[] args) throws Exception {
        int tenantCount = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Tenant> tenants = LargeTenantStates.build(tenantCount, 1).stream().map(Tenant::of).toList();
        Path dir = Files.createTempDirectory("store-write-benchmark");
        ExecutorService pool = Executors.newFixedThreadPool(tenantCount);
        try (SqliteHistory history = SqliteHistory.open(dir.resolve("history.db"), Duration.ofDays(400),
                Duration.ofDays(7), Clock.fixed(NOW, ZoneOffset.UTC))) {
            long importStart = System.nanoTime();
            runAll(pool, tenants, tenant -> {
                history.recordHealth(tenant.name(), tenant.services(),
                        TRACKER.track(history.issues(tenant.name()), tenant.issues(), NOW), NOW);
                history.recordMessages(tenant.name(),
                        MessageTracker.track(history.messages(tenant.name()), tenant.messages(), NOW), NOW);
                return 1L;
            });
            double importSeconds = (System.nanoTime() - importStart) / 1e9;
            System.out.printf("first import: %d tenants x (%d issues + %d posts) in %.2f s%n", tenantCount,
                    LargeTenantStates.ISSUES, LargeTenantStates.MESSAGES, importSeconds);

            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long pollStart = System.nanoTime();
            long polls = runAll(pool, tenants, tenant -> {
                long done = 0;
                while (System.nanoTime() < deadline) {
                    Instant at = NOW.plusSeconds(done + 1);
                    history.recordHealth(tenant.name(), tenant.services(),
                            TRACKER.track(history.issues(tenant.name()), tenant.issues(), at), at);
                    done++;
                }
                return done;
            });
            double pollSeconds = (System.nanoTime() - pollStart) / 1e9;
            double perSecond = polls / pollSeconds;
            System.out.printf("no-change health polls: %d in %.1f s = %.0f commits/s, %.0f polls/min, %.1f per tenant"
                    + " per minute%n", polls, pollSeconds, perSecond, perSecond * 60, perSecond * 60 / tenantCount);
            System.out.printf("RESULT import_s=%.2f commits_per_s=%.0f per_tenant_per_min=%.1f%n",
                    importSeconds, perSecond, perSecond * 60 / tenantCount);
        } finally {
            pool.shutdownNow();
            deleteTree(dir);
        }
    }

    @FunctionalInterface
    private interface TenantWork {
        long run(Tenant tenant) throws Exception;
    }

    /** Runs the work for every tenant on its own thread, all at once, and sums what they return. */
    private static long runAll(ExecutorService pool, List<Tenant> tenants, TenantWork work) throws Exception {
        List<Callable<Long>> calls = new ArrayList<>();
        tenants.forEach(tenant -> calls.add(() -> work.run(tenant)));
        long sum = 0;
        for (Future<Long> result : pool.invokeAll(calls)) {
            sum += result.get();
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
