package io.github.m365health.poll;

import io.github.m365health.health.Listing;
import io.github.m365health.health.TenantState;
import io.github.m365health.health.TenantStateBoard;
import io.github.m365health.health.Tracker;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.health.Listing;
import io.github.m365health.graph.GraphException;
import io.github.m365health.health.Classification;
import io.github.m365health.health.IncidentReport;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Post-incident reviews fetched after health polls, against a real store file. */
class ReviewFetcherTest {

    private static final Instant T0 = Instant.parse("2026-01-09T09:00:00Z");
    private static final PollIntervals INTERVALS = new PollIntervals(Duration.ofSeconds(60), Duration.ofMinutes(5));
    private static final IncidentReport PIR = new IncidentReport(
            "%PDF-1.7 post-incident review".getBytes(StandardCharsets.US_ASCII), "application/pdf");

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0);
    private final FakeGraph graph = new FakeGraph(clock, Duration.ofMillis(100));
    private SqliteHistory history;
    private TenantPoller poller;
    private TenantStateBoard board;

    @BeforeEach
    void setUp() throws Exception {
        history = SqliteHistory.open(dir.resolve("history.db"), Duration.ofDays(400),
                Duration.ofDays(7), clock);
        board = new TenantStateBoard(List.of(TenantStateBoard.initialState(TenantSnapshot.empty("contoso", T0))));
        poller = new TenantPoller("contoso", ServiceFilter.ALL, graph, new Tracker(Duration.ofDays(14)), history, board, clock, INTERVALS,
                new ReviewFetcher("contoso", graph, history, clock), PollListener.NONE);
        graph.services.add(new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_RESTORED));
        graph.issues.add(imap(ServiceHealthStatus.POST_INCIDENT_REVIEW_PUBLISHED));
        graph.issues.add(new Issue("EX1268771", "Mailbox access", "Exchange Online", null, null, Classification.INCIDENT,
                Origin.MICROSOFT, ServiceHealthStatus.SERVICE_DEGRADATION, false, null, T0.minusSeconds(3600), null,
                T0.minusSeconds(60), List.of()));
    }

    @AfterEach
    void close() throws Exception {
        history.close();
    }

    @Test
    void fetchesTheReviewOnceWhenAnIssueReachesPostIncidentReviewPublished() throws Exception {
        graph.reports.put("EX1215307", PIR);

        poller.pollHealth();
        clock.advance(Duration.ofMinutes(1));
        poller.pollHealth();

        assertEquals(List.of("EX1215307"), graph.reportRequests, "only the issue with a published review, only once");
        var stored = history.review("contoso", "EX1215307").orElseThrow();
        assertArrayEquals(PIR.document(), stored.report().document());
        assertEquals("application/pdf", stored.report().contentType());
        assertEquals(List.of(), history.awaitingReview("contoso"));
    }

    @Test
    void aMissingReviewIsAskedForAgainOnLaterPollsWithAGrowingWait() throws Exception {
        poller.pollHealth();
        clock.advance(Duration.ofMinutes(4));
        poller.pollHealth();
        assertEquals(1, graph.reportRequests.size(), "not asked again before 5 minutes");

        clock.advance(Duration.ofMinutes(2));
        poller.pollHealth();
        assertEquals(2, graph.reportRequests.size(), "asked again after 5 minutes");

        clock.advance(Duration.ofMinutes(6));
        poller.pollHealth();
        assertEquals(2, graph.reportRequests.size(), "the second wait is 10 minutes");

        graph.reports.put("EX1215307", PIR);
        clock.advance(Duration.ofMinutes(5));
        poller.pollHealth();
        assertEquals(3, graph.reportRequests.size());
        assertTrue(history.review("contoso", "EX1215307").isPresent());
    }

    @Test
    void aFailedFetchNeverFailsThePollAndIsTriedAgainLater() throws Exception {
        graph.reportFailures.put("EX1215307", new GraphException(GraphEndpoint.ISSUES, 500, "InternalServerError",
                "Graph issues listing failed: HTTP 500 InternalServerError after 4 attempts"));

        poller.pollHealth();

        assertTrue(stateOf().endpoints().get(Listing.ISSUES).lastSucceeded());
        assertEquals(List.of("EX1215307", "EX1268771"),
                stateOf().snapshot().issues().stream().map(t -> t.issue().id()).sorted().toList());
        assertTrue(history.review("contoso", "EX1215307").isEmpty());

        graph.reportFailures.clear();
        graph.reports.put("EX1215307", PIR);
        clock.advance(Duration.ofMinutes(5));
        poller.pollHealth();
        assertTrue(history.review("contoso", "EX1215307").isPresent());
    }

    @Test
    void anIssueNotYetAtPostIncidentReviewPublishedIsNotAskedFor() throws Exception {
        graph.issues.set(0, imap(ServiceHealthStatus.SERVICE_RESTORED));

        poller.pollHealth();

        assertEquals(List.of(), graph.reportRequests);
        assertEquals(Set.of(), Set.copyOf(history.awaitingReview("contoso")));
    }

    private TenantState stateOf() {
        return board.get("contoso");
    }

    private static Issue imap(ServiceHealthStatus status) {
        return new Issue("EX1215307", "IMAP4 access", "Exchange Online", null, null, Classification.INCIDENT,
                Origin.MICROSOFT, status, true, null, Instant.parse("2026-01-02T00:00:00Z"),
                Instant.parse("2026-01-08T11:30:00Z"), T0.minusSeconds(600), List.of());
    }
}
