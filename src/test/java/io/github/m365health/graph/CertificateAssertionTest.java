package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.m365health.config.Credential;
import io.github.m365health.config.Credential.AssertionAlgorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateAssertionTest {

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    @TempDir
    static Path keys;

    private static TestCertificates certs;

    private final ObjectMapper json = new ObjectMapper();
    private GraphTestKit kit;

    @BeforeAll
    static void makeCertificate() throws Exception {
        certs = TestCertificates.generate(keys);
    }

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        kit.stubToken("token-1", 3599);
    }

    @ParameterizedTest
    @EnumSource(AssertionAlgorithm.class)
    void signsAClientAssertionThatTheCertificatesPublicKeyVerifies(AssertionAlgorithm algorithm) throws Exception {
        kit.tokens(tenant(algorithm)).token(kit.deadline());

        Map<String, String> form = onlyTokenRequestForm();
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form.get("client_assertion_type"));
        assertFalse(form.containsKey("client_secret"));
        assertEquals(GraphTestKit.CLIENT_ID, form.get("client_id"));
        assertEquals(kit.baseUrl + "/.default", form.get("scope"));
        assertEquals("client_credentials", form.get("grant_type"));

        String[] parts = form.get("client_assertion").split("\\.");
        assertEquals(3, parts.length);
        Signature verifier = verifier(algorithm);
        verifier.initVerify(certs.certificate().getPublicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verifier.verify(Base64.getUrlDecoder().decode(parts[2])), "signature must verify with the certificate");
    }

    @ParameterizedTest
    @EnumSource(AssertionAlgorithm.class)
    void namesTheAlgorithmAndTheMatchingThumbprintInTheHeader(AssertionAlgorithm algorithm) throws Exception {
        kit.tokens(tenant(algorithm)).token(kit.deadline());

        JsonNode header = decode(onlyTokenRequestForm().get("client_assertion"), 0);

        assertEquals(algorithm.name(), header.get("alg").asText());
        assertEquals("JWT", header.get("typ").asText());
        byte[] der = certs.certificate().getEncoded();
        if (algorithm == AssertionAlgorithm.RS256) {
            assertEquals(base64url(MessageDigest.getInstance("SHA-1").digest(der)), header.get("x5t").asText());
            assertFalse(header.has("x5t#S256"));
        } else {
            assertEquals(base64url(MessageDigest.getInstance("SHA-256").digest(der)), header.get("x5t#S256").asText());
            assertFalse(header.has("x5t"));
        }
    }

    @ParameterizedTest
    @EnumSource(AssertionAlgorithm.class)
    void claimsNameTheTokenEndpointTheAppAndATenMinuteWindow(AssertionAlgorithm algorithm) throws Exception {
        TokenSource tokens = kit.tokens(tenant(algorithm));
        tokens.token(kit.deadline());
        kit.clock.advance(Duration.ofSeconds(90));
        tokens.invalidate();
        tokens.token(kit.deadline());

        List<JsonNode> claims = server.findAll(postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH))).stream()
                .map(request -> decode(GraphTestKit.form(request.getBodyAsString()).get("client_assertion"), 1))
                .toList();

        assertEquals(2, claims.size());
        long firstNow = GraphTestKit.START.getEpochSecond();
        for (int i = 0; i < 2; i++) {
            JsonNode claim = claims.get(i);
            long now = firstNow + 90L * i;
            assertEquals(kit.tokenUrl(), claim.get("aud").asText());
            assertEquals(GraphTestKit.CLIENT_ID, claim.get("iss").asText());
            assertEquals(GraphTestKit.CLIENT_ID, claim.get("sub").asText());
            assertEquals(now, claim.get("nbf").asLong());
            assertEquals(now, claim.get("iat").asLong());
            assertEquals(now + 600, claim.get("exp").asLong());
            UUID.fromString(claim.get("jti").asText());
        }
        assertNotEquals(claims.get(0).get("jti").asText(), claims.get(1).get("jti").asText(), "jti must be unique");
    }

    private io.github.m365health.config.TenantConfig tenant(AssertionAlgorithm algorithm) {
        return kit.tenant(new Credential.Certificate(certs.privateKey(), certs.certificate(), algorithm));
    }

    private Map<String, String> onlyTokenRequestForm() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(GraphTestKit.TOKEN_PATH)));
        assertEquals(1, requests.size());
        return GraphTestKit.form(requests.get(0).getBodyAsString());
    }

    private JsonNode decode(String jwt, int part) {
        try {
            return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[part]));
        } catch (java.io.IOException e) {
            throw new AssertionError("JWT part " + part + " is not JSON", e);
        }
    }

    private static Signature verifier(AssertionAlgorithm algorithm) throws Exception {
        if (algorithm == AssertionAlgorithm.RS256) {
            return Signature.getInstance("SHA256withRSA");
        }
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        return pss;
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
