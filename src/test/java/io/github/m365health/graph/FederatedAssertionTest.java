package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.config.Credential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FederatedAssertionTest {

    private static final String FIRST = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6bTM2NSJ9.c2lnbmF0dXJlLTE";
    private static final String ROTATED = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6bTM2NSJ9.c2lnbmF0dXJlLTI";

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    @TempDir
    Path dir;

    private GraphTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        kit.stubToken("token-1", 1000);
    }

    @Test
    void sendsTheFilesJwtAsTheClientAssertion() throws Exception {
        Path file = dir.resolve("azure-identity-token");
        Files.writeString(file, FIRST + "\n");

        kit.tokens(kit.tenant(new Credential.FederatedToken(file))).token(kit.deadline());

        assertEquals(List.of(Map.of(
                "client_id", GraphTestKit.CLIENT_ID,
                "scope", kit.baseUrl + "/.default",
                "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", FIRST)), forms());
    }

    @Test
    void readsTheRotatedFileAgainOnRenewal() throws Exception {
        Path file = dir.resolve("azure-identity-token");
        Files.writeString(file, FIRST);
        TokenSource tokens = kit.tokens(kit.tenant(new Credential.FederatedToken(file)));
        tokens.token(kit.clock.instant().plusSeconds(60));

        Files.writeString(file, ROTATED);
        kit.clock.advance(Duration.ofSeconds(800));
        tokens.token(kit.clock.instant().plusSeconds(60));

        assertEquals(List.of(FIRST, ROTATED), forms().stream().map(f -> f.get("client_assertion")).toList());
    }

    @Test
    void aMissingTokenFileFailsWithoutCallingEntra() {
        Path file = dir.resolve("not-projected");

        GraphException e = assertThrows(GraphException.class,
                () -> kit.tokens(kit.tenant(new Credential.FederatedToken(file))).token(kit.deadline()));

        assertEquals(GraphEndpoint.TOKEN, e.endpoint());
        assertEquals("federated_token_unreadable", e.errorCode());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        server.verify(0, postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)));
    }

    private List<Map<String, String>> forms() {
        return server.findAll(postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH))).stream()
                .map(r -> GraphTestKit.form(r.getBodyAsString()))
                .toList();
    }
}
