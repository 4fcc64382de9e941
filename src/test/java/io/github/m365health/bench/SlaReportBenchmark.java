package io.github.m365health.bench;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.Tracker;
import io.github.m365health.health.TenantHistory;
import io.github.m365health.report.MonthlySla;
import io.github.m365health.report.ReportFormat;
import io.github.m365health.report.SlaReport;
import io.github.m365health.store.HistoryReader;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The monthly SLA report over a full history: 400 days with {@value #ISSUES} issues of one tenant
 * on 8 services, stored through the exporter's write path. {@code readAndRender} is what
 * {@code report sla} and {@code /reports/sla} do per call (open the file read-only, read the
 * tenant, build, render Markdown); {@code buildOnly} is the report math alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(1)
public class SlaReportBenchmark {

    private static final String TENANT = "contoso";
    private static final int ISSUES = 5_000;
    private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final String[] SERVICE_NAMES = {"Exchange Online", "Microsoft Teams", "SharePoint Online",
        "OneDrive for Business", "Microsoft Entra", "Microsoft 365 suite", "Microsoft Intune", "Power BI"};

    private Path dir;
    private Path file;
    private TenantHistory history;

    @Setup(Level.Trial)
    public void writeHistory() throws IOException, StoreException {
        dir = Files.createTempDirectory("sla-report-bench");
        file = dir.resolve("history.db");
        SplittableRandom random = new SplittableRandom(42);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            Instant start = NOW.minus(Duration.ofMinutes(random.nextLong(400L * 24 * 60)));
            Instant end = start.plus(Duration.ofMinutes(10 + random.nextInt(3 * 24 * 60)));
            boolean open = end.isAfter(NOW);
            issues.add(new Issue("EX" + (1_000_000 + i), "Users may be unable to reach the service, part " + i,
                    SERVICE_NAMES[random.nextInt(SERVICE_NAMES.length)], "Feature", "Group",
                    random.nextBoolean() ? Classification.INCIDENT : Classification.ADVISORY, Origin.MICROSOFT,
                    open ? ServiceHealthStatus.SERVICE_DEGRADATION : ServiceHealthStatus.SERVICE_RESTORED, !open,
                    "Impact.", start, open ? null : end, open ? start : end, List.of()));
        }
        List<ServiceHealth> services = Stream.of(SERVICE_NAMES)
                .map(name -> new ServiceHealth(name.replace(" ", ""), name, ServiceHealthStatus.SERVICE_OPERATIONAL)).toList();
        try (SqliteHistory store = SqliteHistory.open(file, Duration.ofDays(400), Duration.ofDays(7),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            store.recordHealth(TENANT, services,
                    new Tracker(Duration.ofDays(14)).track(store.issues(TENANT), issues, NOW), NOW);
        }
        try (HistoryReader reader = HistoryReader.open(file)) {
            history = reader.tenant(TENANT);
        }
    }

    @TearDown(Level.Trial)
    public void removeHistory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public SlaReport buildOnly() {
        return MonthlySla.report(MONTH, List.of(history), NOW, Optional.empty());
    }

    @Benchmark
    public String readAndRender() throws StoreException {
        try (HistoryReader reader = HistoryReader.open(file)) {
            return ReportFormat.MARKDOWN.render(MonthlySla.report(MONTH, List.of(reader.tenant(TENANT)), NOW, Optional.empty()));
        }
    }
}
