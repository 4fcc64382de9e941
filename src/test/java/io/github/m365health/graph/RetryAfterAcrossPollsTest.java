package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code Retry-After} longer than what is left of a poll outlives that poll: the tenant's next
 * request to the same endpoint waits until it has passed, whichever poll makes it (DESIGN §6).
 * Each "poll" here is one listing call with the deadline a 60 s poll interval gives (54 s).
 */
class RetryAfterAcrossPollsTest {

    private static final Duration INTERVAL = Duration.ofSeconds(60);

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    private GraphTestKit kit;
    private GraphApi graph;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        kit.stubToken("token-1", 3599);
        graph = kit.client();
    }

    @Test
    void theNextPollsRequestWaitsUntilALongRetryAfterHasPassed() throws Exception {
        issuesAnswerThrottledThenOk("120");
        Instant throttledAt = kit.clock.instant();

        assertThrows(GraphException.class, () -> graph.listIssues(pollDeadline()), "120 s do not fit in this poll");
        kit.clock.advance(INTERVAL);
        GraphException held = assertThrows(GraphException.class, () -> graph.listIssues(pollDeadline()),
                "the 60 s left do not fit in the second poll either");

        assertEquals(1, issueRequests(), "the second poll did not call Graph");
        assertEquals("retry_after_pending", held.errorCode());
        assertEquals(List.of(), kit.sleeper.waits());

        kit.clock.advance(Duration.ofSeconds(40));
        assertEquals(1, graph.listIssues(pollDeadline()).size());

        assertEquals(List.of(Duration.ofSeconds(20)), kit.sleeper.waits(), "waited out the rest of the Retry-After");
        assertEquals(throttledAt.plusSeconds(120), kit.clock.instant(), "the second request went out when it had passed");
        assertEquals(2, issueRequests());
    }

    @Test
    void aPollThatFitsTheRestOfTheWaitWaitsAndThenCalls() throws Exception {
        issuesAnswerThrottledThenOk("90");
        Instant throttledAt = kit.clock.instant();
        assertThrows(GraphException.class, () -> graph.listIssues(pollDeadline()));

        kit.clock.advance(INTERVAL);
        assertEquals(1, graph.listIssues(pollDeadline()).size());

        assertEquals(List.of(Duration.ofSeconds(30)), kit.sleeper.waits());
        assertEquals(throttledAt.plusSeconds(90), kit.clock.instant());
        assertEquals(2, issueRequests());
    }

    @Test
    void aRetryAfterOnTheLastAttemptHoldsTheNextPollToo() throws Exception {
        kit.policy = new RetryPolicy(1, Duration.ofSeconds(120), Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(5));
        graph = kit.client();
        issuesAnswerThrottledThenOk("5");

        assertThrows(GraphException.class, () -> graph.listIssues(pollDeadline()), "one attempt only");
        assertEquals(1, graph.listIssues(pollDeadline()).size());

        assertEquals(List.of(Duration.ofSeconds(5)), kit.sleeper.waits());
    }

    @Test
    void aHoldOnOneEndpointLeavesTheOthersAlone() throws Exception {
        issuesAnswerThrottledThenOk("100");
        kit.stubGraph(GraphTestKit.MESSAGES, "messages-page3.json");
        assertThrows(GraphException.class, () -> graph.listIssues(pollDeadline()));

        graph.listMessages(pollDeadline());

        assertEquals(List.of(), kit.sleeper.waits());
        server.verify(1, getRequestedFor(urlPathEqualTo(GraphTestKit.MESSAGES)));
    }

    @Test
    void theCapOnRetryAfterAlsoCapsTheHold() throws Exception {
        issuesAnswerThrottledThenOk("86400");
        Instant throttledAt = kit.clock.instant();
        assertThrows(GraphException.class, () -> graph.listIssues(pollDeadline()));

        kit.clock.advance(INTERVAL.multipliedBy(2));
        assertEquals(1, graph.listIssues(pollDeadline()).size());

        assertEquals(throttledAt.plus(RetryPolicy.DEFAULT.retryAfterCap()), kit.clock.instant());
    }

    private Instant pollDeadline() {
        return kit.clock.instant().plus(INTERVAL.multipliedBy(9).dividedBy(10));
    }

    private int issueRequests() {
        return server.findAll(getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES))).size();
    }

    private void issuesAnswerThrottledThenOk(String retryAfter) {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).inScenario("throttle").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", retryAfter)
                        .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests.\"}}"))
                .willSetStateTo("calm"));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(GraphTestKit.resource("/graph/issues-page2.json"))));
    }
}
