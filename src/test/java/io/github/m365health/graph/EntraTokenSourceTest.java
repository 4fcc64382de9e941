package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntraTokenSourceTest {

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    private GraphTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
    }

    @Test
    void postsTheClientSecretFormToTheTenantsTokenEndpoint() throws Exception {
        kit.stubToken("token-1", 3599);

        String token = kit.tokens(kit.secretTenant()).token(kit.deadline());

        assertEquals("token-1", token);
        server.verify(1, postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded")));
        String body = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertEquals(Map.of(
                "client_id", GraphTestKit.CLIENT_ID,
                "scope", kit.baseUrl + "/.default",
                "client_secret", GraphTestKit.SECRET,
                "grant_type", "client_credentials"), GraphTestKit.form(body));
    }

    @Test
    void reusesTheCachedTokenUntilEightyPercentOfItsLifetime() throws Exception {
        kit.stubToken("token-1", 1000);
        TokenSource tokens = kit.tokens(kit.secretTenant());

        tokens.token(kit.deadline());
        kit.clock.advance(Duration.ofSeconds(799));
        tokens.token(kit.clock.instant().plusSeconds(60));
        server.verify(1, postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)));

        kit.clock.advance(Duration.ofSeconds(1));
        tokens.token(kit.clock.instant().plusSeconds(60));
        server.verify(2, postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)));
    }

    @Test
    void takesTheLifetimeFromExpiresInRatherThanAssumingAnHour() throws Exception {
        kit.stubToken("short-lived", 100);
        TokenSource tokens = kit.tokens(kit.secretTenant());

        tokens.token(kit.clock.instant().plusSeconds(10));
        kit.clock.advance(Duration.ofSeconds(80));
        tokens.token(kit.clock.instant().plusSeconds(10));

        server.verify(2, postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)));
    }

    @Test
    void renewsEarlierWhenTheCachedTokenWouldExpireBeforeTheDeadline() throws Exception {
        kit.stubToken("token-1", 1000);
        TokenSource tokens = kit.tokens(kit.secretTenant());

        tokens.token(kit.clock.instant().plusSeconds(60));
        kit.clock.advance(Duration.ofSeconds(500));
        tokens.token(kit.clock.instant().plusSeconds(600));

        server.verify(2, postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)));
    }

    @Test
    void fetchesANewTokenAfterInvalidate() throws Exception {
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).inScenario("rotation").whenScenarioStateIs(STARTED)
                .willReturn(okJson(GraphTestKit.tokenJson("token-1", 3599))).willSetStateTo("second"));
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).inScenario("rotation").whenScenarioStateIs("second")
                .willReturn(okJson(GraphTestKit.tokenJson("token-2", 3599))));
        TokenSource tokens = kit.tokens(kit.secretTenant());

        assertEquals("token-1", tokens.token(kit.deadline()));
        tokens.invalidate();

        assertEquals("token-2", tokens.token(kit.deadline()));
    }

    @ParameterizedTest(name = "AADSTS{2}")
    @CsvSource(delimiter = '|', value = {
        "401|invalid_client|7000215|client secret is invalid",
        "401|invalid_client|7000222|client secret has expired",
        "400|unauthorized_client|700016|check client_id, tenant_id",
        "401|invalid_client|700027|certificate is not registered",
        "400|invalid_scope|70011|scope is invalid",
    })
    void surfacesEntraErrorsWithTheirAadstsCodeAndAHint(int status, String error, long aadsts, String hint) {
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(entraError(error, aadsts, "AADSTS" + aadsts + ": Something Entra says.\\r\\nTrace ID: 255d1aef"))));

        GraphException e = assertThrows(GraphException.class, () -> kit.tokens(kit.secretTenant()).token(kit.deadline()));

        assertEquals(GraphEndpoint.TOKEN, e.endpoint());
        assertEquals(status, e.httpStatus());
        assertEquals(error + " AADSTS" + aadsts, e.errorCode());
        assertTrue(e.getMessage().contains(hint), e.getMessage());
        assertTrue(e.getMessage().startsWith("token request failed: HTTP " + status + " " + error + " AADSTS" + aadsts + ": "),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r") || e.getMessage().contains("Trace ID"),
                e.getMessage());
        assertEquals(1, server.getAllServeEvents().size(), "a 4xx from Entra is not retried");
    }

    @Test
    void usesTheFirstLineOfTheDescriptionForAnAadstsCodeWithoutAHint() {
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).willReturn(aResponse().withStatus(400)
                .withBody(entraError("invalid_request", 90014,
                        "AADSTS90014: The required field 'scope' is missing from the credential.\\r\\nTrace ID: 1"))));

        GraphException e = assertThrows(GraphException.class, () -> kit.tokens(kit.secretTenant()).token(kit.deadline()));

        assertEquals("invalid_request AADSTS90014", e.errorCode());
        assertEquals("token request failed: HTTP 400 invalid_request AADSTS90014: "
                + "The required field 'scope' is missing from the credential.", e.getMessage());
    }

    @Test
    void retriesTheTokenEndpointWhenItIsUnavailable() throws Exception {
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).inScenario("outage").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3")).willSetStateTo("back"));
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).inScenario("outage").whenScenarioStateIs("back")
                .willReturn(okJson(GraphTestKit.tokenJson("token-1", 3599))));

        assertEquals("token-1", kit.tokens(kit.secretTenant()).token(kit.deadline()));

        assertEquals(List.of(Duration.ofSeconds(3)), kit.sleeper.waits());
        assertEquals(List.of("503", "200"), kit.telemetry.codes(GraphEndpoint.TOKEN));
        assertEquals(List.of("unavailable"), kit.telemetry.retryReasons(GraphEndpoint.TOKEN));
    }

    @Test
    void rejectsASuccessResponseWithoutAnAccessToken() {
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).willReturn(okJson("{\"token_type\":\"Bearer\"}")));

        GraphException e = assertThrows(GraphException.class, () -> kit.tokens(kit.secretTenant()).token(kit.deadline()));

        assertEquals("invalid_token_response", e.errorCode());
        assertEquals(200, e.httpStatus());
    }

    static String entraError(String error, long aadsts, String description) {
        return "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\",\"error_codes\":[" + aadsts
                + "],\"timestamp\":\"2026-01-08 12:00:00Z\",\"trace_id\":\"255d1aef-8c98-452f-ac51-23d051240864\","
                + "\"correlation_id\":\"fb3d2015-bc17-4bb9-bb85-30c5cf1aaaa7\"}";
    }
}
