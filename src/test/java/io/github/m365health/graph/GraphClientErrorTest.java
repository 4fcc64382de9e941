package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphClientErrorTest {

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    private GraphTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        kit.stubToken("token-1", 3599);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "HEALTH_OVERVIEWS, /v1.0/admin/serviceAnnouncement/healthOverviews, ServiceHealth.Read.All",
        "ISSUES,           /v1.0/admin/serviceAnnouncement/issues,          ServiceHealth.Read.All",
        "MESSAGES,         /v1.0/admin/serviceAnnouncement/messages,        ServiceMessage.Read.All",
    })
    void aForbiddenListingNamesThePermissionToGrant(GraphEndpoint endpoint, String path, String permission) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(403).withBody(
                "{\"error\":{\"code\":\"UnknownError\",\"message\":\"\",\"innerError\":{\"request-id\":\"0\"}}}")));

        GraphException e = assertThrows(GraphException.class, () -> list(endpoint));

        assertEquals(endpoint, e.endpoint());
        assertEquals(403, e.httpStatus());
        assertEquals("UnknownError", e.errorCode());
        assertEquals("Graph " + endpoint.label() + " listing failed: HTTP 403 UnknownError: the app lacks " + permission
                + "; grant " + permission + " as an Application permission with admin consent", e.getMessage());
        server.verify(1, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void otherClientErrorsAreNotRetriedAndKeepOnlyTheFirstLineOfGraphsMessage() {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).willReturn(aResponse().withStatus(404).withBody(
                "{\"error\":{\"code\":\"itemNotFound\",\"message\":\"Resource not found.\\nSecond line.\"}}")));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        assertEquals("itemNotFound", e.errorCode());
        assertEquals("Graph issues listing failed: HTTP 404 itemNotFound: Resource not found.", e.getMessage());
        server.verify(1, getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES)));
        assertEquals(List.of(), kit.sleeper.waits());
    }

    @Test
    void anErrorBodyThatIsNotJsonLeavesTheCodeEmptyAndStaysOutOfTheMessage() {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).willReturn(aResponse().withStatus(400)
                .withBody("<html><body>proxy says no</body></html>")));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        assertEquals("", e.errorCode());
        assertEquals("Graph issues listing failed: HTTP 400", e.getMessage());
    }

    @Test
    void malformedJsonFailsTheListing() {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).willReturn(okJson("{\"value\": [ {\"id\": \"EX1\", ")));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        assertEquals(200, e.httpStatus());
        assertEquals("invalid_json", e.errorCode());
        assertTrue(e.getMessage().startsWith("Graph issues listing failed: HTTP 200 page 1 is not valid JSON (line 1,"),
                e.getMessage());
        assertFalse(e.getMessage().contains("EX1"), "the body stays out of the message");
    }

    @Test
    void malformedJsonOnALaterPageFailsTheWholeListing() {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", absent())
                .willReturn(okJson(kit.fixture("issues-page1.json"))));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", equalTo("100"))
                .willReturn(okJson("{\"value\": [ }")));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        assertEquals("invalid_json", e.errorCode());
        assertTrue(e.getMessage().contains("page 2 is not valid JSON"), e.getMessage());
    }

    @Test
    void aPageWithoutValueFailsTheListing() {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.MESSAGES)).willReturn(okJson("{\"@odata.context\":\"x\"}")));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listMessages(kit.deadline()));

        assertEquals("invalid_json", e.errorCode());
        assertEquals("Graph messages listing failed: HTTP 200 page 1 has no \"value\" array", e.getMessage());
    }

    @Test
    void aReadTimeoutIsRetriedAfterAtLeastFiveSecondsThenFails() {
        kit.http = GraphClients.httpClient(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5));
        kit.policy = new RetryPolicy(2, Duration.ofSeconds(120), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(5));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).willReturn(okJson("{\"value\":[]}").withFixedDelay(1500)));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        assertEquals(0, e.httpStatus());
        assertEquals("timeout", e.errorCode());
        assertEquals("Graph issues listing failed: request timed out (SocketTimeoutException) after 2 attempts", e.getMessage());
        assertEquals(List.of("timeout", "timeout"), kit.telemetry.codes(GraphEndpoint.ISSUES));
        assertEquals(List.of("timeout"), kit.telemetry.retryReasons(GraphEndpoint.ISSUES));
        assertTrue(kit.sleeper.waits().get(0).compareTo(Duration.ofSeconds(5)) >= 0, kit.sleeper.waits().toString());
    }

    @Test
    void aRefusedConnectionIsANetworkError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var tenant = kit.secretTenant();
        var unreachable = new io.github.m365health.config.TenantConfig(tenant.name(), tenant.tenantId(), tenant.clientId(),
                tenant.credential(), tenant.cloud(), tenant.authorityUrl(), URI.create("http://127.0.0.1:" + closedPort),
                tenant.services());
        kit.policy = new RetryPolicy(2, Duration.ofSeconds(120), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(5));

        GraphException e = assertThrows(GraphException.class, () -> kit.client(unreachable).listIssues(kit.deadline()));

        assertEquals("network_error", e.errorCode());
        assertEquals(List.of("network_error", "network_error"), kit.telemetry.codes(GraphEndpoint.ISSUES));
        assertEquals(List.of("network_error"), kit.telemetry.retryReasons(GraphEndpoint.ISSUES));
    }

    @Test
    void anEntraErrorFailsTheListingAsATokenFailure() {
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).willReturn(aResponse().withStatus(400).withBody(
                EntraTokenSourceTest.entraError("unauthorized_client", 700016,
                        "AADSTS700016: Application with identifier 'x' was not found in the directory 'y'."))));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));

        assertEquals(GraphEndpoint.TOKEN, e.endpoint());
        assertEquals("unauthorized_client AADSTS700016", e.errorCode());
        server.verify(0, getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES)));
        assertEquals(List.of("400"), kit.telemetry.codes(GraphEndpoint.TOKEN));
    }

    @Test
    void refusesAResponseBodyOverTheCap() {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).willReturn(okJson("{\"value\":[" + "0,".repeat(600) + "0]}")));
        RetryingHttp http = new RetryingHttp(kit.http, RetryPolicy.DEFAULT, kit.sleeper, kit.clock, new Random(1),
                kit.telemetry.telemetry(), "contoso", 1024);
        Request request = new Request.Builder().url(kit.baseUrl + GraphTestKit.ISSUES).build();

        GraphException e = assertThrows(GraphException.class,
                () -> http.execute(GraphEndpoint.ISSUES, request, Instant.MAX));

        assertEquals("response_too_large", e.errorCode());
        assertEquals("Graph issues listing: HTTP 200 response larger than 1024 bytes, refused", e.getMessage());
    }

    private void list(GraphEndpoint endpoint) throws GraphException {
        GraphApi client = kit.client();
        switch (endpoint) {
            case HEALTH_OVERVIEWS -> client.listHealthOverviews(kit.deadline());
            case ISSUES -> client.listIssues(kit.deadline());
            case MESSAGES -> client.listMessages(kit.deadline());
            default -> throw new IllegalArgumentException(endpoint.name());
        }
    }
}
