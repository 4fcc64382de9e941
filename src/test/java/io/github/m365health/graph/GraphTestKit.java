package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.config.Cloud;
import io.github.m365health.config.Credential;
import io.github.m365health.config.Secret;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.config.TenantConfig;
import io.github.m365health.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import okhttp3.OkHttpClient;

/**
 * One test's world: a WireMock server on 127.0.0.1 standing in for both Entra ID and Graph
 * ({@code cloud: custom}), a clock that moves only when told, a sleeper that records instead of
 * sleeping, and recorded telemetry.
 */
final class GraphTestKit {

    static final String TENANT_ID = "72f988bf-0000-4000-8000-00000000cafe";
    static final String CLIENT_ID = "0b5a0b5a-1111-4111-8111-0000000000ab";
    static final String SECRET = "s3cret~Value+with/odd=chars&more%";
    static final Instant START = Instant.parse("2026-04-03T12:00:00Z");
    static final String TOKEN_PATH = "/" + TENANT_ID + "/oauth2/v2.0/token";
    static final String HEALTH_OVERVIEWS = "/v1.0/admin/serviceAnnouncement/healthOverviews";
    static final String ISSUES = "/v1.0/admin/serviceAnnouncement/issues";
    static final String MESSAGES = "/v1.0/admin/serviceAnnouncement/messages";
    static final String SAMPLE_ORIGIN = "https://graph.microsoft.com";

    final WireMockExtension server;
    final String baseUrl;
    final MutableClock clock = new MutableClock(START);
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final RecordingTelemetry telemetry = new RecordingTelemetry();
    OkHttpClient http = GraphClients.httpClient(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
    RetryPolicy policy = RetryPolicy.DEFAULT;

    GraphTestKit(WireMockExtension server) {
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + server.getPort();
    }

    static WireMockExtension newServer() {
        return WireMockExtension.newInstance()
                .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
                        .bindAddress("127.0.0.1").dynamicPort())
                .build();
    }

    TenantConfig tenant(Credential credential) {
        return new TenantConfig("contoso", TENANT_ID, CLIENT_ID, credential, Cloud.CUSTOM,
                URI.create(baseUrl), URI.create(baseUrl), ServiceFilter.ALL);
    }

    TenantConfig secretTenant() {
        return tenant(new Credential.ClientSecret(new Secret(SECRET)));
    }

    GraphApi client(TenantConfig tenant) {
        return GraphClients.create(tenant, clock, sleeper, telemetry.telemetry(), http, policy, new Random(20260403L));
    }

    GraphApi client() {
        return client(secretTenant());
    }

    TokenSource tokens(TenantConfig tenant) {
        return GraphClients.tokenSource(tenant,
                GraphClients.retryingHttp(tenant, clock, sleeper, telemetry.telemetry(), http, policy, new Random(20260403L)));
    }

    Instant deadline() {
        return clock.instant().plus(Duration.ofMinutes(10));
    }

    String tokenUrl() {
        return baseUrl + TOKEN_PATH;
    }

    void stubToken(String accessToken, long expiresIn) {
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(tokenJson(accessToken, expiresIn))));
    }

    static String tokenJson(String accessToken, long expiresIn) {
        return "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"ext_expires_in\":" + expiresIn
                + ",\"access_token\":\"" + accessToken + "\"}";
    }

    void stubGraph(String path, String fixture) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(fixture(fixture))));
    }

    /** A Graph sample from src/test/resources/graph, its nextLinks pointed at this server. */
    String fixture(String name) {
        return resource("/graph/" + name).replace(SAMPLE_ORIGIN, baseUrl);
    }

    static String resource(String path) {
        try (InputStream in = GraphTestKit.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An application/x-www-form-urlencoded body as a map, decoded. */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
