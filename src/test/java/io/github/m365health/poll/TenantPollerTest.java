package io.github.m365health.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.graph.GraphException;
import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.Listing;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TenantState;
import io.github.m365health.health.TenantStateBoard;
import io.github.m365health.health.Tracker;
import io.github.m365health.store.StoreException;
import io.github.m365health.testing.LogCapture;
import io.github.m365health.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantPollerTest {

    private static final Tracker TRACKER = new Tracker(Duration.ofDays(14));

    private static final Instant T0 = Instant.parse("2026-04-03T12:00:00Z");
    private static final PollIntervals INTERVALS = new PollIntervals(Duration.ofSeconds(60), Duration.ofMinutes(5));

    private final MutableClock clock = new MutableClock(T0);
    private final FakeGraph graph = new FakeGraph(clock, Duration.ofMillis(250));
    private final RecordingHistory history = new RecordingHistory();
    private TenantStateBoard board;
    private TenantPoller poller;

    @BeforeEach
    void setUp() {
        board = new TenantStateBoard(List.of(TenantStateBoard.initialState(TenantSnapshot.empty("contoso", T0))));
        poller = new TenantPoller("contoso", new ServiceFilter(Set.of(), Set.of("Power BI")), graph, TRACKER, history, board, clock, INTERVALS);
        graph.services.add(new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_DEGRADATION));
        graph.services.add(new ServiceHealth("PowerBIcomponents", "Power BI", ServiceHealthStatus.SERVICE_OPERATIONAL));
        graph.issues.add(ex1268771());
        graph.messages.add(mc9999001());
    }

    @Test
    void storesACompleteHealthPollAndPublishesTheFilteredSnapshot() {
        poller.pollHealth();

        assertEquals(List.of(ex1268771()), history.issues);
        TenantState state = board.get("contoso");
        assertEquals(List.of("Exchange Online"), state.snapshot().services().stream().map(ServiceHealth::serviceName).toList());
        EndpointStatus issues = state.endpoints().get(Listing.ISSUES);
        assertTrue(issues.lastSucceeded());
        assertEquals(T0.plusMillis(500), issues.lastSuccess());
        assertEquals(Duration.ofMillis(250), issues.lastDuration());
        assertEquals(Duration.ofMillis(500), state.endpoints().get(Listing.HEALTH_OVERVIEWS).lastDuration());
        assertFalse(state.up(), "messages have not been polled yet");
    }

    @Test
    void isUpOnceEveryListingHasSucceeded() {
        poller.pollHealth();
        poller.pollMessages();

        TenantState state = board.get("contoso");
        assertTrue(state.up());
        assertTrue(state.polledOnce());
        assertEquals("", state.lastError());
        assertEquals(List.of(mc9999001()), state.snapshot().activeMessages());
    }

    @Test
    void aFailedIssuesListingStoresNothingAndKeepsThePublishedData() {
        poller.pollHealth();
        TenantSnapshot before = board.get("contoso").snapshot();
        clock.advance(Duration.ofMinutes(1));
        graph.failures.put(GraphEndpoint.ISSUES, new GraphException(GraphEndpoint.ISSUES, 503, "serviceNotAvailable", "HTTP 503 after 4 attempts"));
        graph.issues.clear();

        poller.pollHealth();

        assertEquals(1, history.writes.size());
        TenantState state = board.get("contoso");
        assertEquals(before, state.snapshot());
        EndpointStatus issues = state.endpoints().get(Listing.ISSUES);
        assertFalse(issues.lastSucceeded());
        assertEquals(T0.plusMillis(500), issues.lastSuccess(), "the last success is remembered");
        assertEquals("issues: HTTP 503 after 4 attempts", state.lastError());
        assertFalse(state.up());
    }

    @Test
    void logsOneLineNamingTenantEndpointStatusAndCodeForAFailedListing() {
        List<LogRecord> records;
        try (LogCapture log = LogCapture.of(TenantPoller.class.getName(), Level.ALL)) {
            graph.failures.put(GraphEndpoint.ISSUES, new GraphException(GraphEndpoint.TOKEN, 401, "invalid_client AADSTS7000215",
                    "token request failed: invalid client secret"));
            poller.pollHealth();
            records = log.records();
        }

        assertEquals(1, records.size());
        LogRecord line = records.get(0);
        assertEquals(Level.WARNING, line.getLevel());
        assertEquals("listing failed", line.getMessage());
        assertEquals(List.of("tenant", "contoso", "endpoint", "issues", "status", 401, "code", "invalid_client AADSTS7000215",
                "source", "token", "err", "token request failed: invalid client secret"), List.of(line.getParameters()));
    }

    @Test
    void aListingInterruptedBecauseTheExporterStopsIsNotReportedAsAFailure() {
        graph.failures.put(GraphEndpoint.MESSAGES, new GraphException(GraphEndpoint.MESSAGES, 0, "interrupted", "interrupted"));
        Thread.currentThread().interrupt();
        try {
            poller.pollMessages();
        } finally {
            Thread.interrupted();
        }

        assertEquals("", board.get("contoso").lastError());
        assertNull(board.get("contoso").endpoints().get(Listing.MESSAGES));
    }

    @Test
    void aFailedHealthListingCountsTheIssuesListingAsFailedSoReadinessComes() {
        graph.failures.put(GraphEndpoint.HEALTH_OVERVIEWS, new GraphException(GraphEndpoint.TOKEN, 401,
                "invalid_client AADSTS7000215", "token request failed: HTTP 401 invalid_client AADSTS7000215"));

        poller.pollHealth();
        poller.pollMessages();

        TenantState state = board.get("contoso");
        assertFalse(graph.deadlines.containsKey(GraphEndpoint.ISSUES), "issues are not fetched without the services");
        EndpointStatus issues = state.endpoints().get(Listing.ISSUES);
        assertFalse(issues.lastSucceeded());
        assertNull(issues.lastSuccess());
        assertTrue(state.polledOnce(), "every listing attempted: the exporter can become ready");
        assertFalse(state.up());
        assertEquals("health_overviews: token request failed: HTTP 401 invalid_client AADSTS7000215", state.lastError());
    }

    @Test
    void aFailedMessagesListingLeavesTheHealthListingsUp() {
        graph.failures.put(GraphEndpoint.MESSAGES, new GraphException(GraphEndpoint.MESSAGES, 403, "Forbidden", "grant ServiceMessage.Read.All"));
        poller.pollHealth();
        poller.pollMessages();

        TenantState state = board.get("contoso");
        assertTrue(state.endpoints().get(Listing.ISSUES).lastSucceeded());
        EndpointStatus messages = state.endpoints().get(Listing.MESSAGES);
        assertFalse(messages.lastSucceeded());
        assertNull(messages.lastSuccess());
        assertTrue(state.polledOnce());
        assertFalse(state.up());
    }

    @Test
    void aStoreFailureCountsAsAFailedPollAndKeepsThePreviousSnapshot() {
        poller.pollMessages();
        TenantSnapshot before = board.get("contoso").snapshot();
        history.failure = new StoreException("/var/lib/m365/state.db: disk full (SQLITE_FULL); free space, nothing was lost");

        poller.pollMessages();

        TenantState state = board.get("contoso");
        assertEquals(before, state.snapshot());
        assertFalse(state.endpoints().get(Listing.MESSAGES).lastSucceeded());
        assertTrue(state.lastError().startsWith("state store: /var/lib/m365/state.db: disk full"));
    }

    @Test
    void aSuccessfulPollClearsTheLastError() {
        graph.failures.put(GraphEndpoint.MESSAGES, new GraphException(GraphEndpoint.MESSAGES, 0, "", "timeout"));
        poller.pollMessages();
        graph.failures.clear();

        poller.pollHealth();
        poller.pollMessages();

        assertEquals("", board.get("contoso").lastError());
    }

    @Test
    void givesEachListingADeadlineBeforeTheNextPollIsDue() {
        poller.pollHealth();
        poller.pollMessages();

        assertEquals(T0.plusSeconds(54), graph.deadlines.get(GraphEndpoint.HEALTH_OVERVIEWS));
        assertEquals(T0.plusSeconds(54), graph.deadlines.get(GraphEndpoint.ISSUES));
        assertEquals(T0.plusMillis(500).plusSeconds(270), graph.deadlines.get(GraphEndpoint.MESSAGES));
    }

    private static Issue ex1268771() {
        return new Issue("EX1268771", "Users may be intermittently unable to access their Exchange Online mailboxes",
                "Exchange Online", "Mailbox access", "Management and Provisioning", Classification.INCIDENT,
                Origin.MICROSOFT, ServiceHealthStatus.SERVICE_DEGRADATION, false, "Users may be unable to access mailboxes.",
                Instant.parse("2026-04-02T19:14:14Z"), null, Instant.parse("2026-04-03T10:05:00Z"), List.of());
    }

    private static Message mc9999001() {
        return new Message("MC9999001", "Exchange Online setting retirement", Instant.parse("2026-03-30T17:00:00Z"),
                Instant.parse("2026-07-31T07:00:00Z"), Instant.parse("2026-03-30T17:05:12Z"), MessageCategory.PLAN_FOR_CHANGE,
                MessageSeverity.HIGH, true, Instant.parse("2026-06-30T00:00:00Z"), List.of("Exchange Online"), List.of("Retirement"));
    }
}
