package io.github.m365health.poll;

import static io.github.m365health.health.IssueFixture.ex1215307Active;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.graph.GraphException;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TenantStateBoard;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.health.Tracker;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only complete, committed issue listings count as missing an issue; a failed one never does. */
class VanishedIssuePollTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock("2026-01-08T10:00:00Z");
    private final FakeGraph graph = new FakeGraph(clock, Duration.ofMillis(250));
    private SqliteHistory history;
    private TenantStateBoard board;
    private TenantPoller poller;

    @BeforeEach
    void setUp() throws Exception {
        history = SqliteHistory.open(dir.resolve("history.db"), Duration.ofDays(400), Duration.ofDays(7), clock);
        board = new TenantStateBoard(List.of(TenantStateBoard.initialState(TenantSnapshot.empty("contoso", clock.instant()))));
        poller = new TenantPoller("contoso", ServiceFilter.ALL, graph, new Tracker(Duration.ofDays(14)), history, board,
                clock, new PollIntervals(Duration.ofMinutes(20), Duration.ofMinutes(20)));
        graph.services.add(new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_DEGRADATION));
        graph.issues.add(ex1215307Active());
    }

    @AfterEach
    void close() throws Exception {
        history.close();
    }

    private void pollAt(String iso) {
        clock.set(iso);
        poller.pollHealth();
    }

    private TrackedIssue ex1215307() {
        return board.get("contoso").snapshot().issues().stream()
                .filter(tracked -> tracked.issue().id().equals("EX1215307")).findFirst().orElseThrow();
    }

    @Test
    void failedIssuesListingsNeverCountAsMisses() {
        pollAt("2026-01-08T10:00:00Z");
        graph.issues.clear();
        graph.failures.put(GraphEndpoint.ISSUES,
                new GraphException(GraphEndpoint.ISSUES, 503, "serviceNotAvailable", "HTTP 503 after 4 attempts"));
        pollAt("2026-01-08T10:20:00Z");
        pollAt("2026-01-08T10:40:00Z");
        pollAt("2026-01-08T11:00:00Z");
        pollAt("2026-01-08T11:20:00Z");
        graph.failures.clear();

        pollAt("2026-01-08T11:40:00Z");
        pollAt("2026-01-08T12:00:00Z");
        assertTrue(ex1215307().open(), "two complete listings missed it, whatever failed before");

        pollAt("2026-01-08T12:20:00Z");
        assertFalse(ex1215307().open(), "the third complete listing makes it vanish");
        assertEquals(List.of(1L), List.copyOf(board.get("contoso").snapshot().issueTotals().vanished().values()));
        assertEquals(Map.of(), board.get("contoso").snapshot().issueTotals().resolutionDurations());
    }
}
