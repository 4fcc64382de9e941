package io.github.m365health.graph;

import io.github.m365health.testing.LogCapture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import io.github.m365health.config.Credential;
import io.github.m365health.config.Credential.AssertionAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With every logger at FINE, nothing secret shows up: not the secret, a token or an assertion. */
class GraphLoggingTest {

    private static final String FIRST_TOKEN = "eyJ0eXAiOiJKV1QiLCJub25jZSI6ImFjY2Vzcy0x.first-access-token";
    private static final String SECOND_TOKEN = "eyJ0eXAiOiJKV1QiLCJub25jZSI6ImFjY2Vzcy0y.second-access-token";
    private static final String FEDERATED = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2EifQ.federated-signature";

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    @TempDir
    Path dir;

    private GraphTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(okJson(GraphTestKit.tokenJson(FIRST_TOKEN, 3599))).willSetStateTo("rotated"));
        server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs("rotated")
                .willReturn(okJson(GraphTestKit.tokenJson(SECOND_TOKEN, 3599))));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withHeader("Authorization", equalTo("Bearer " + FIRST_TOKEN))
                .willReturn(aResponse().withStatus(401)));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withHeader("Authorization", equalTo("Bearer " + SECOND_TOKEN))
                .willReturn(okJson(kit.fixture("issues-page2.json"))));
        kit.stubGraph(GraphTestKit.MESSAGES, "messages-page3.json");
        server.stubFor(get(urlPathEqualTo(GraphTestKit.HEALTH_OVERVIEWS)).inScenario("throttle").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("calm"));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.HEALTH_OVERVIEWS)).inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(okJson(kit.fixture("health-overviews.json"))));
    }

    @Test
    void aDebugRunLogsNoSecretTokenOrAssertion() throws Exception {
        Path federatedFile = dir.resolve("token");
        Files.writeString(federatedFile, FEDERATED);
        TestCertificates certs = TestCertificates.generate(dir);
        List<String> exceptionMessages = new ArrayList<>();
        String signedAssertion;
        String captured;

        try (LogCapture log = LogCapture.of("", Level.ALL)) {
            GraphApi client = kit.client();
            client.listIssues(kit.deadline());
            client.listMessages(kit.deadline());
            client.listHealthOverviews(kit.deadline());

            kit.tokens(kit.tenant(new Credential.FederatedToken(federatedFile))).token(kit.deadline());
            kit.tokens(kit.tenant(new Credential.Certificate(certs.privateKey(), certs.certificate(), AssertionAlgorithm.PS256)))
                    .token(kit.deadline());
            List<String> assertions = server.findAll(postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH))).stream()
                    .map(request -> GraphTestKit.form(request.getBodyAsString()).get("client_assertion"))
                    .filter(java.util.Objects::nonNull)
                    .toList();
            assertEquals(2, assertions.size(), "one federated and one certificate assertion were sent");
            signedAssertion = assertions.get(1);

            server.resetAll();
            server.stubFor(post(urlPathEqualTo(GraphTestKit.TOKEN_PATH)).willReturn(aResponse().withStatus(401).withBody(
                    EntraTokenSourceTest.entraError("invalid_client", 7000215, "AADSTS7000215: Invalid client secret provided."))));
            GraphException failure = assertThrows(GraphException.class, () -> kit.client().listIssues(kit.deadline()));
            exceptionMessages.add(failure.getMessage());
            captured = log.text();
        }

        String sentSecret = GraphTestKit.form(server.findAll(postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)))
                .get(0).getBodyAsString()).get("client_secret");
        assertEquals(GraphTestKit.SECRET, sentSecret, "the failing request did send the secret");
        assertTrue(captured.contains("FINE io.github.m365health.graph.RetryingHttp http exchange"),
                "debug lines were captured:\n" + captured);
        assertTrue(captured.contains("path, " + GraphTestKit.ISSUES), captured);
        for (String secret : List.of(GraphTestKit.SECRET, FIRST_TOKEN, SECOND_TOKEN, FEDERATED, signedAssertion,
                signedAssertion.substring(signedAssertion.lastIndexOf('.') + 1), "first-access-token",
                "second-access-token", "federated-signature", "client_assertion", "Bearer")) {
            assertFalse(captured.contains(secret), "the log contains " + secret + ":\n" + captured);
            exceptionMessages.forEach(message -> assertFalse(message.contains(secret), message));
        }
    }
}
