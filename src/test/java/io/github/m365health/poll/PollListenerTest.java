package io.github.m365health.poll;

import io.github.m365health.health.Listing;
import io.github.m365health.health.TenantState;
import io.github.m365health.health.TenantStateBoard;
import io.github.m365health.health.Tracker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.health.Listing;
import io.github.m365health.graph.GraphException;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueFixture;
import io.github.m365health.health.Message;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.store.StoreException;
import io.github.m365health.testing.LogCapture;
import io.github.m365health.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A listener hears of a poll only after the store committed it, and can never fail the poll. */
class PollListenerTest {

    private static final Instant T0 = Instant.parse("2026-04-03T12:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final FakeGraph graph = new FakeGraph(clock, Duration.ofMillis(250));
    private final RecordingHistory history = new RecordingHistory();
    private final List<String> heard = new ArrayList<>();
    private TenantStateBoard board;

    @BeforeEach
    void setUp() {
        board = new TenantStateBoard(List.of(TenantStateBoard.initialState(TenantSnapshot.empty("contoso", T0))));
        graph.services.add(new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_DEGRADATION));
        graph.issues.add(IssueFixture.ex1215307Restored());
    }

    private TenantPoller poller(PollListener listener) {
        return new TenantPoller("contoso", ServiceFilter.ALL, graph, new Tracker(Duration.ofDays(14)), history, board, clock,
                new PollIntervals(Duration.ofSeconds(60), Duration.ofMinutes(5)), null, listener);
    }

    private final PollListener recording = new PollListener() {
        @Override
        public void healthStored(String tenant, List<Issue> issues) {
            heard.add(tenant + " health " + issues.size() + " stored=" + (history.issues != null));
        }

        @Override
        public void messagesStored(String tenant, List<Message> messages) {
            heard.add(tenant + " messages " + messages.size());
        }
    };

    @Test
    void hearsOfEachPollAfterItWasStored() {
        TenantPoller poller = poller(recording);

        poller.pollHealth();
        poller.pollMessages();

        assertEquals(List.of("contoso health 1 stored=true", "contoso messages 0"), heard);
    }

    @Test
    void hearsNothingOfAPollTheStoreRefusedOrGraphFailed() {
        TenantPoller poller = poller(recording);
        history.failure = new StoreException("disk full");
        poller.pollHealth();
        history.failure = null;
        graph.failures.put(GraphEndpoint.MESSAGES, new GraphException(GraphEndpoint.MESSAGES, 503, "", "unavailable"));
        poller.pollMessages();

        assertTrue(heard.isEmpty(), heard.toString());
    }

    @Test
    void aFailingListenerLeavesThePollStoredAndPublished() {
        PollListener broken = new PollListener() {
            @Override
            public void healthStored(String tenant, List<Issue> issues) {
                throw new IllegalStateException("queue broken");
            }

            @Override
            public void messagesStored(String tenant, List<Message> messages) {
            }
        };
        try (LogCapture log = LogCapture.of(TenantPoller.class.getName(), Level.SEVERE)) {
            poller(broken).pollHealth();

            assertTrue(board.get("contoso").endpoints().get(Listing.ISSUES).lastSucceeded());
            assertEquals(1, log.records().size());
        }
    }
}
