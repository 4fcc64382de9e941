package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.health.Message;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphClientPagingTest {

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    @RegisterExtension
    static WireMockExtension foreign = GraphTestKit.newServer();

    private GraphTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        kit.stubToken("token-1", 3599);
    }

    @Test
    void followsNextLinksOverThreePagesWithTheSameHeadersOnEach() throws Exception {
        stubMessagesPage(null, "messages-page1.json");
        stubMessagesPage("100", "messages-page2.json");
        stubMessagesPage("200", "messages-page3.json");

        List<Message> messages = kit.client().listMessages(kit.deadline());

        assertEquals(List.of("MC172851", "MC9999001", "MC9999002", "MC9999003"), messages.stream().map(Message::id).toList());
        server.verify(3, getRequestedFor(urlPathEqualTo(GraphTestKit.MESSAGES))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Prefer", equalTo("odata.maxpagesize=1000")));
        server.verify(getRequestedFor(urlPathEqualTo(GraphTestKit.MESSAGES)).withQueryParam("$skip", equalTo("100")));
        server.verify(getRequestedFor(urlPathEqualTo(GraphTestKit.MESSAGES)).withQueryParam("$skip", equalTo("200")));
        assertEquals(List.of("200", "200", "200"), kit.telemetry.codes(GraphEndpoint.MESSAGES));
    }

    @Test
    void fetchesOneTokenForSeveralListings() throws Exception {
        kit.stubGraph(GraphTestKit.HEALTH_OVERVIEWS, "health-overviews.json");
        kit.stubGraph(GraphTestKit.ISSUES, "issues-page2.json");
        GraphApi client = kit.client();

        client.listHealthOverviews(kit.deadline());
        client.listIssues(kit.deadline());
        client.listHealthOverviews(kit.deadline());

        server.verify(1, postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)));
        assertEquals(List.of("200"), kit.telemetry.codes(GraphEndpoint.TOKEN));
    }

    @Test
    void reportsEveryExchangeUnderItsEndpointAndCode() throws Exception {
        kit.stubGraph(GraphTestKit.HEALTH_OVERVIEWS, "health-overviews.json");
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", absent())
                .willReturn(okJson(kit.fixture("issues-page1.json"))));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", equalTo("100"))
                .willReturn(okJson(kit.fixture("issues-page2.json"))));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.MESSAGES))
                .willReturn(okJson("{\"error\":{\"code\":\"Forbidden\",\"message\":\"\"}}").withStatus(403)));
        GraphApi client = kit.client();

        client.listHealthOverviews(kit.deadline());
        client.listIssues(kit.deadline());
        assertThrows(GraphException.class, () -> client.listMessages(kit.deadline()));

        assertEquals(1, kit.telemetry.requests(GraphEndpoint.TOKEN, "200"));
        assertEquals(1, kit.telemetry.requests(GraphEndpoint.HEALTH_OVERVIEWS, "200"));
        assertEquals(2, kit.telemetry.requests(GraphEndpoint.ISSUES, "200"));
        assertEquals(1, kit.telemetry.requests(GraphEndpoint.MESSAGES, "403"));
        assertEquals(List.of(), kit.telemetry.retryReasons(GraphEndpoint.MESSAGES));
    }

    @Test
    void refusesANextLinkToAnotherServerWithoutSendingItAnything() {
        String page = kit.fixture("issues-page1.json").replace(kit.baseUrl, "http://127.0.0.1:" + foreign.getPort());
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).willReturn(okJson(page)));
        foreign.stubFor(get(anyUrl()).willReturn(okJson(kit.fixture("issues-page2.json"))));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        assertEquals(GraphEndpoint.ISSUES, e.endpoint());
        assertEquals("invalid_next_link", e.errorCode());
        assertEquals("Graph issues listing failed: the @odata.nextLink of page 1 points to http://127.0.0.1:"
                + foreign.getPort() + ", not the configured Graph origin " + kit.baseUrl + "; it was not followed",
                e.getMessage());
        foreign.verify(0, anyRequestedFor(anyUrl()));
        server.verify(1, getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://127.0.0.1:{port}/v1.0/admin/serviceAnnouncement/issues?$skip=100",
        "http://localhost:{port}/v1.0/admin/serviceAnnouncement/issues?$skip=100",
        "http://127.0.0.1:{port}.evil.test/v1.0/admin/serviceAnnouncement/issues?$skip=100",
        "/v1.0/admin/serviceAnnouncement/issues?$skip=100",
        "ftp://127.0.0.1:{port}/issues",
    })
    void refusesNextLinksThatDoNotShareTheGraphOrigin(String link) {
        String next = link.replace("{port}", Integer.toString(server.getPort()));
        String page = "{\"@odata.nextLink\":\"" + next + "\",\"value\":[]}";
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", absent()).willReturn(okJson(page)));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", equalTo("100"))
                .willReturn(okJson(kit.fixture("issues-page2.json"))));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        assertEquals("invalid_next_link", e.errorCode());
        assertFalse(e.getMessage().contains("\n"));
        server.verify(1, getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES)));
    }

    @Test
    void anEmptyPageInTheMiddleIsFollowedToTheEnd() throws Exception {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", absent()).willReturn(okJson(
                "{\"@odata.nextLink\":\"" + kit.baseUrl + GraphTestKit.ISSUES + "?$skip=100\",\"value\":[]}")));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", equalTo("100"))
                .willReturn(okJson(kit.fixture("issues-page2.json"))));

        assertEquals(1, kit.client().listIssues(kit.deadline()).size());
        server.verify(2, getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES)));
    }

    @Test
    void aFailedLaterPageFailsTheWholeListing() {
        stubMessagesPage(null, "messages-page1.json");
        server.stubFor(get(urlPathEqualTo(GraphTestKit.MESSAGES)).withQueryParam("$skip", equalTo("100"))
                .willReturn(okJson("{\"error\":{\"code\":\"BadRequest\",\"message\":\"Invalid skip token.\"}}").withStatus(400)));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listMessages(kit.deadline()));

        assertEquals(400, e.httpStatus());
        assertEquals("BadRequest", e.errorCode());
        assertTrue(e.getMessage().endsWith("HTTP 400 BadRequest: Invalid skip token."), e.getMessage());
    }

    private void stubMessagesPage(String skip, String fixture) {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.MESSAGES))
                .withQueryParam("$skip", skip == null ? absent() : equalTo(skip))
                .willReturn(okJson(kit.fixture(fixture))));
    }
}
