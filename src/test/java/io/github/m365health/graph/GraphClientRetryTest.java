package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GraphClientRetryTest {

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    private GraphTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        kit.stubToken("token-1", 3599);
    }

    @Test
    void waitsAsLongAsRetryAfterSecondsSays() throws Exception {
        issuesRespond(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests.\"}}"), sample());

        assertEquals(1, kit.client().listIssues(kit.deadline()).size());

        assertEquals(List.of(Duration.ofSeconds(7)), kit.sleeper.waits());
        assertEquals(List.of("429", "200"), kit.telemetry.codes(GraphEndpoint.ISSUES));
        assertEquals(List.of("throttled"), kit.telemetry.retryReasons(GraphEndpoint.ISSUES));
    }

    @Test
    void waitsUntilARetryAfterHttpDate() throws Exception {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(kit.clock.instant().plusSeconds(42).atOffset(ZoneOffset.UTC));
        issuesRespond(aResponse().withStatus(429).withHeader("Retry-After", at), sample());

        kit.client().listIssues(kit.deadline());

        assertEquals(List.of(Duration.ofSeconds(42)), kit.sleeper.waits());
    }

    @Test
    void capsAnExcessiveRetryAfter() throws Exception {
        issuesRespond(aResponse().withStatus(429).withHeader("Retry-After", "86400"), sample());

        kit.client().listIssues(kit.clock.instant().plus(Duration.ofMinutes(5)));

        assertEquals(List.of(RetryPolicy.DEFAULT.retryAfterCap()), kit.sleeper.waits());
    }

    @Test
    void retriesAnUnavailableServiceWithJitteredBackoff() throws Exception {
        issuesRespond(aResponse().withStatus(503), sample());

        assertEquals(1, kit.client().listIssues(kit.deadline()).size());

        assertEquals(1, kit.sleeper.waits().size());
        Duration wait = kit.sleeper.waits().get(0);
        assertTrue(!wait.isNegative() && wait.compareTo(Duration.ofSeconds(1)) <= 0, "first backoff within 0..1 s: " + wait);
        assertEquals(List.of("503", "200"), kit.telemetry.codes(GraphEndpoint.ISSUES));
        assertEquals(List.of("unavailable"), kit.telemetry.retryReasons(GraphEndpoint.ISSUES));
    }

    @Test
    void waitsAtLeastFiveSecondsAfterAServerErrorAndLongerEachTime() throws Exception {
        issuesRespond(aResponse().withStatus(500), aResponse().withStatus(500), sample());

        kit.client().listIssues(kit.deadline());

        List<Duration> waits = kit.sleeper.waits();
        assertEquals(2, waits.size());
        assertTrue(waits.get(0).compareTo(Duration.ofSeconds(5)) >= 0, "first: " + waits.get(0));
        assertTrue(waits.get(1).compareTo(Duration.ofSeconds(10)) >= 0, "second: " + waits.get(1));
        assertEquals(List.of("server_error", "server_error"), kit.telemetry.retryReasons(GraphEndpoint.ISSUES));
    }

    @Test
    void givesUpRatherThanWaitPastTheDeadline() {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30")
                .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Too many requests.\"}}")));

        GraphException e = assertThrows(GraphException.class,
                () -> kit.client().listIssues(kit.clock.instant().plusSeconds(45)));

        assertEquals(List.of(Duration.ofSeconds(30)), kit.sleeper.waits());
        server.verify(2, getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES)));
        assertEquals(429, e.httpStatus());
        assertEquals("TooManyRequests", e.errorCode());
        assertEquals("Graph issues listing failed: HTTP 429 TooManyRequests: Too many requests.; gave up after 2 attempt(s):"
                + " the next retry (in 30s) would pass the deadline", e.getMessage());
    }

    @Test
    void stopsAfterTheLastAttempt() {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        server.verify(RetryPolicy.DEFAULT.maxAttempts(), getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES)));
        assertEquals(RetryPolicy.DEFAULT.maxAttempts() - 1, kit.sleeper.waits().size());
        assertEquals(503, e.httpStatus());
        assertEquals("Graph issues listing failed: HTTP 503 after 4 attempts", e.getMessage());
    }

    @Test
    void renewsTheTokenOnceAfterA401AndRetries() throws Exception {
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(okJson(GraphTestKit.tokenJson("token-1", 3599))).willSetStateTo("rotated"));
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs("rotated")
                .willReturn(okJson(GraphTestKit.tokenJson("token-2", 3599))));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(401)
                        .withBody("{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token has expired.\"}}")));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withHeader("Authorization", equalTo("Bearer token-2"))
                .willReturn(okJson(kit.fixture("issues-page2.json"))));

        assertEquals(1, kit.client().listIssues(kit.deadline()).size());

        server.verify(2, postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)));
        assertEquals(List.of("401", "200"), kit.telemetry.codes(GraphEndpoint.ISSUES));
        assertEquals(List.of("unauthorized"), kit.telemetry.retryReasons(GraphEndpoint.ISSUES));
        assertEquals(List.of(), kit.sleeper.waits());
    }

    @Test
    void failsWhenARenewedTokenIsRefusedToo() {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token validation failure.\"}}")));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        server.verify(2, postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)));
        server.verify(2, getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES)));
        assertEquals(401, e.httpStatus());
        assertEquals("InvalidAuthenticationToken", e.errorCode());
        assertEquals("Graph issues listing failed: HTTP 401 InvalidAuthenticationToken: Graph refused a freshly issued"
                + " token; check that tenant_id, client_id and the cloud belong together", e.getMessage());
    }

    private static ResponseDefinitionBuilder sample() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(GraphTestKit.resource("/graph/issues-page2.json"));
    }

    /** The issues listing answers with each response in turn, then keeps answering with the last. */
    private void issuesRespond(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? STARTED : "step-" + i;
            var stub = get(urlPathEqualTo(GraphTestKit.ISSUES)).inScenario("issues").whenScenarioStateIs(state)
                    .willReturn(responses[i]);
            server.stubFor(i + 1 < responses.length ? stub.willSetStateTo("step-" + (i + 1)) : stub);
        }
    }
}
