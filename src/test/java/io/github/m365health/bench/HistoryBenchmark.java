package io.github.m365health.bench;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.Tracker;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.store.StoreException;
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
 * One poll of a tenant with 300 issues in Graph's window (30 open, 270 ended over the last month,
 * each with a few posts): a few open issues change per poll. Measures the tracker and store work
 * of tracking a listing, {@code recordHealth} and building the snapshot, on a real SQLite file. SampleTime reports
 * the median (p0.50) per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class HistoryBenchmark {

    private static final String TENANT = "contoso";
    private static final int ISSUES = 300;
    private static final int OPEN = 30;
    private static final int CHANGED_PER_POLL = 3;
    private static final String[] SERVICE_NAMES = {"Exchange Online", "Microsoft Teams", "SharePoint Online",
        "OneDrive for Business", "Microsoft Entra", "Microsoft 365 suite", "Microsoft Intune", "Power BI"};

    private Path dir;
    private SqliteHistory history;
    private final Tracker tracker = new Tracker(Duration.ofDays(14));
    private final List<ServiceHealth> services = new ArrayList<>();
    private final List<Issue> listing = new ArrayList<>();
    private Instant now = Instant.parse("2026-04-03T12:00:00Z");
    private int poll;

    @Setup(Level.Trial)
    public void importTenant() throws IOException, StoreException {
        dir = Files.createTempDirectory("history-benchmark");
        history = SqliteHistory.open(dir.resolve("history.db"), Duration.ofDays(400),
                Duration.ofDays(7), Clock.fixed(now, ZoneOffset.UTC));
        for (int s = 0; s < SERVICE_NAMES.length; s++) {
            services.add(new ServiceHealth("svc" + s, SERVICE_NAMES[s], ServiceHealthStatus.SERVICE_OPERATIONAL));
        }
        for (int i = 0; i < ISSUES; i++) {
            listing.add(i < OPEN ? openIssue(i, ServiceHealthStatus.SERVICE_DEGRADATION, now) : endedIssue(i));
        }
        history.recordHealth(TENANT, services, tracker.track(history.issues(TENANT), listing, now), now);
    }

    @TearDown(Level.Trial)
    public void removeStore() throws IOException, StoreException {
        history.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    public TenantSnapshot pollAndSnapshot() throws StoreException {
        now = now.plusSeconds(60);
        poll++;
        for (int c = 0; c < CHANGED_PER_POLL; c++) {
            int index = (poll * CHANGED_PER_POLL + c) % OPEN;
            ServiceHealthStatus status = poll % 2 == 0
                    ? ServiceHealthStatus.SERVICE_DEGRADATION : ServiceHealthStatus.RESTORING_SERVICE;
            listing.set(index, openIssue(index, status, now));
        }
        history.recordHealth(TENANT, services, tracker.track(history.issues(TENANT), listing, now), now);
        return history.snapshot(TENANT, ServiceFilter.ALL, now);
    }

    @Benchmark
    public TenantSnapshot snapshotOnly() throws StoreException {
        return history.snapshot(TENANT, ServiceFilter.ALL, now);
    }

    private static Issue openIssue(int i, ServiceHealthStatus status, Instant modified) {
        Instant start = Instant.parse("2026-04-03T08:00:00Z").minus(Duration.ofHours(i));
        return issue(i, status, false, start, null, modified);
    }

    private static Issue endedIssue(int i) {
        Instant start = Instant.parse("2026-04-02T00:00:00Z").minus(Duration.ofHours(2L * i));
        Instant end = start.plus(Duration.ofMinutes(30L + 7L * (i % 50)));
        return issue(i, ServiceHealthStatus.SERVICE_RESTORED, true, start, end, end.plusSeconds(600));
    }

    private static Issue issue(int i, ServiceHealthStatus status, boolean resolved, Instant start, Instant end,
                               Instant modified) {
        String id = "EX" + (1300000 + i);
        List<IssuePost> posts = List.of(
                new IssuePost(start.plusSeconds(900), "regular", post(id, "Current status: we're investigating.")),
                new IssuePost(modified, "regular", post(id, "Current status: " + status.wireName() + " as of " + modified)));
        return new Issue(id, "Users may be unable to use feature " + i, SERVICE_NAMES[i % SERVICE_NAMES.length],
                "Feature " + (i % 7), "Group " + (i % 3), i % 4 == 0 ? Classification.ADVISORY : Classification.INCIDENT,
                Origin.MICROSOFT, status, resolved, "Users may be unable to use feature " + i + ".", start, end, modified,
                posts);
    }

    private static String post(String id, String status) {
        return "Title: Users may be unable to use a feature (" + id + ")\nUser impact: Users may be affected.\n"
                + "More info: " + "Details of the impact and its scope. ".repeat(20) + "\n" + status
                + "\nNext update by: Friday, April 3, 2026, at 6:00 PM UTC";
    }
}
