package io.github.m365health.bench;

import io.github.m365health.testing.TrackedWrites;
import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.web.pages.ReadingSite;
import io.github.m365health.web.pages.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to answer a page of 50 issues with 10,000 issues (three posts each) in a real SQLite store:
 * {@code /issues} unfiltered, filtered and searched deep into the list, and {@code /api/v1/issues};
 * also one issue in full. The target is under 50 ms a page. Run with {@code bench/run-pages-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class IssuePagesBenchmark {

    static final int ISSUES = 10_000;
    private static final String TENANT = "contoso";
    private static final List<String> SERVICES = List.of("Exchange Online", "Microsoft Teams", "SharePoint Online",
            "OneDrive for Business", "Microsoft Intune", "Microsoft Entra", "Power BI", "Planner");
    private static final Instant NOW = Instant.parse("2026-04-03T12:00:00Z");

    private Path dir;
    private SqliteHistory history;
    private ReadingSite site;

    @Setup(Level.Trial)
    public void fillTheStore() throws Exception {
        dir = Files.createTempDirectory("m365-pages-bench");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        history = SqliteHistory.open(dir.resolve("history.db"), Duration.ofDays(4000),
                Duration.ofDays(7), clock);
        List<ServiceHealth> services = new ArrayList<>();
        for (String name : SERVICES) {
            services.add(new ServiceHealth(name.replace(" ", ""), name, ServiceHealthStatus.SERVICE_OPERATIONAL));
        }
        TrackedWrites.health(history, TENANT, services, issues(), NOW);
        site = new ReadingSite(history.readModel(), List.of(TENANT), URI.create("http://127.0.0.1:10365"), clock);
    }

    @TearDown(Level.Trial)
    public void removeTheStore() throws Exception {
        history.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public int firstPage() {
        return answer("/issues", null);
    }

    @Benchmark
    public int filteredDeepPage() {
        return answer("/issues", "service_name=Exchange%20Online&state=ended&page=20");
    }

    @Benchmark
    public int searchedPage() {
        return answer("/issues", "q=mailbox");
    }

    @Benchmark
    public int firstPageAsJson() {
        return answer("/api/v1/issues", null);
    }

    @Benchmark
    public int oneIssue() {
        return answer("/issues/contoso/EX1005000", null);
    }

    private int answer(String path, String query) {
        Reply reply = site.answer(path, query).orElseThrow();
        if (reply.status() != 200) {
            throw new IllegalStateException(path + " answered " + reply.status() + ": " + reply.text());
        }
        return reply.body().length;
    }

    private static List<Issue> issues() {
        Random random = new Random(12);
        List<Issue> issues = new ArrayList<>(ISSUES);
        for (int i = 0; i < ISSUES; i++) {
            Instant start = NOW.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            boolean open = i % 50 == 0;
            Instant end = open ? null : start.plus(Duration.ofMinutes(30 + random.nextInt(5000)));
            List<IssuePost> posts = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                posts.add(new IssuePost(start.plus(Duration.ofMinutes(30L * p)), "regular",
                        "Title: Users may be unable to access their mailbox " + i + "\nUser impact: Users may be affected."
                                + "\nCurrent status: We're reviewing telemetry. ".repeat(6)
                                + "\nNext update by: Friday, April 3, 2026, at 6:00 PM UTC"));
            }
            String service = SERVICES.get(i % SERVICES.size());
            issues.add(new Issue("EX" + (1_000_000 + i), "Users may be unable to access their mailbox (" + i + ")",
                    service, "Feature", "Feature group", i % 3 == 0 ? Classification.ADVISORY : Classification.INCIDENT,
                    Origin.MICROSOFT, open ? ServiceHealthStatus.SERVICE_DEGRADATION : ServiceHealthStatus.SERVICE_RESTORED,
                    !open, "Users may be affected.", start, end, end == null ? start.plus(Duration.ofHours(1)) : end, posts));
        }
        return issues;
    }

    /** A quick figure for each case without JMH: {@code java -cp ... io.github.m365health.bench.IssuePagesBenchmark}. */
    public static void main(String[] args) throws Exception {
        IssuePagesBenchmark bench = new IssuePagesBenchmark();
        bench.fillTheStore();
        try {
            java.util.Map<String, java.util.function.IntSupplier> cases = new java.util.LinkedHashMap<>();
            cases.put("/issues (first page of 50)", bench::firstPage);
            cases.put("/issues?service_name=Exchange Online&state=ended&page=20", bench::filteredDeepPage);
            cases.put("/issues?q=mailbox", bench::searchedPage);
            cases.put("/api/v1/issues", bench::firstPageAsJson);
            cases.put("/issues/contoso/EX1005000", bench::oneIssue);
            for (var entry : cases.entrySet()) {
                int rounds = 100;
                for (int round = 0; round < rounds; round++) {
                    entry.getValue().getAsInt();
                }
                long started = System.nanoTime();
                for (int round = 0; round < rounds; round++) {
                    entry.getValue().getAsInt();
                }
                System.out.printf("%-60s %7.2f ms (mean of %d, %d issues in the store)%n", entry.getKey(),
                        (System.nanoTime() - started) / 1e6 / rounds, rounds, ISSUES);
            }
        } finally {
            bench.removeTheStore();
        }
    }
}
