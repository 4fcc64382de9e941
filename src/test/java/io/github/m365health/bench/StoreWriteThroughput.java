package io.github.m365health.bench;

import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageTracker;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantState;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.health.Tracker;
import io.github.m365health.store.SqliteHistory;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
 * Both also print the CPU seconds the process and the store's writer thread used, and the RESULT
 * line commits per CPU second: on a machine shared with other builds, wall times swing with the load.
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
            Cpu importCpu = Cpu.now();
            long importStart = System.nanoTime();
            runAll(pool, tenants, tenant -> {
                history.recordHealth(tenant.name(), tenant.services(),
                        TRACKER.track(history.issues(tenant.name()), tenant.issues(), NOW), NOW);
                history.recordMessages(tenant.name(),
                        MessageTracker.track(history.messages(tenant.name()), tenant.messages(), NOW), NOW);
                return 1L;
            });
            double importSeconds = (System.nanoTime() - importStart) / 1e9;
            Cpu importUsed = importCpu.since();
            System.out.printf("first import: %d tenants x (%d issues + %d posts) in %.2f s (%s)%n", tenantCount,
                    LargeTenantStates.ISSUES, LargeTenantStates.MESSAGES, importSeconds, importUsed);

            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            Cpu pollCpu = Cpu.now();
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
            Cpu pollUsed = pollCpu.since();
            System.out.printf("no-change health polls: %d in %.1f s = %.0f commits/s, %.0f polls/min, %.1f per tenant"
                    + " per minute (%s)%n", polls, pollSeconds, perSecond, perSecond * 60, perSecond * 60 / tenantCount,
                    pollUsed);
            System.out.printf("RESULT import_s=%.2f import_cpu_s=%.2f commits_per_s=%.0f per_tenant_per_min=%.1f"
                    + " commits_per_cpu_s=%.0f%n", importSeconds, importUsed.processSeconds(), perSecond,
                    perSecond * 60 / tenantCount, polls / pollUsed.processSeconds());
        } finally {
            pool.shutdownNow();
            deleteTree(dir);
        }
    }

    /**
     * CPU seconds of the whole process and of the store's writer thread, if it has one: on a
     * machine shared with other work, wall time varies with the load; these much less.
     */
    private record Cpu(long process, long writer) {
        static Cpu now() {
            long writer = 0;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && info.getThreadName().equals("state-store-writer")) {
                    writer += threads.getThreadCpuTime(info.getThreadId());
                }
            }
            return new Cpu(((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(),
                    writer);
        }

        /** CPU seconds since {@code this} was taken: the process's and the writer thread's. */
        Cpu since() {
            Cpu now = now();
            return new Cpu(now.process - process, now.writer - writer);
        }

        double processSeconds() {
            return process / 1e9;
        }

        @Override
        public String toString() {
            return String.format("process CPU %.2f s, store writer thread CPU %.2f s", process / 1e9, writer / 1e9);
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
