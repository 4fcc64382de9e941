package io.github.m365health.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.m365health.config.Cloud;
import io.github.m365health.config.Credential;
import io.github.m365health.config.Secret;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.config.TenantConfig;
import io.github.m365health.testing.MutableClock;
import java.net.URI;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hosts each cloud's requests go to, built without any network traffic. */
class TokenEndpointTest {

    private static final String TENANT_ID = "72f988bf-0000-4000-8000-00000000cafe";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "GLOBAL,    https://login.microsoftonline.com, https://graph.microsoft.com",
        "USGOV,     https://login.microsoftonline.us,  https://graph.microsoft.us",
        "USGOV_DOD, https://login.microsoftonline.us,  https://dod-graph.microsoft.us",
        "CHINA,     https://login.chinacloudapi.cn,    https://microsoftgraph.chinacloudapi.cn",
    })
    void eachCloudHasItsTokenUrlScopeAndGraphHost(Cloud cloud, String authority, String graph) {
        TenantConfig tenant = tenant(cloud, cloud.authorityUrl().orElseThrow(), cloud.graphUrl().orElseThrow());

        TokenEndpoint endpoint = TokenEndpoint.of(tenant);

        assertEquals(authority + "/" + TENANT_ID + "/oauth2/v2.0/token", endpoint.url().toString());
        assertEquals(graph + "/.default", endpoint.scope());
        assertEquals(graph + "/v1.0/admin/serviceAnnouncement/issues",
                client(tenant).firstPage(GraphEndpoint.ISSUES).toString());
        assertEquals(graph + "/v1.0/admin/serviceAnnouncement/healthOverviews",
                client(tenant).firstPage(GraphEndpoint.HEALTH_OVERVIEWS).toString());
        assertEquals(graph + "/v1.0/admin/serviceAnnouncement/messages",
                client(tenant).firstPage(GraphEndpoint.MESSAGES).toString());
    }

    @Test
    void aCustomCloudKeepsItsPortAndToleratesTrailingSlashes() {
        TenantConfig tenant = tenant(Cloud.CUSTOM, URI.create("http://127.0.0.1:8089/"), URI.create("http://127.0.0.1:8090/"));

        TokenEndpoint endpoint = TokenEndpoint.of(tenant);

        assertEquals("http://127.0.0.1:8089/" + TENANT_ID + "/oauth2/v2.0/token", endpoint.url().toString());
        assertEquals("http://127.0.0.1:8090/.default", endpoint.scope());
        assertEquals("http://127.0.0.1:8090/v1.0/admin/serviceAnnouncement/issues",
                client(tenant).firstPage(GraphEndpoint.ISSUES).toString());
    }

    @Test
    void theScopeIsTheGraphOriginEvenWhenGraphUrlHasAPath() {
        TenantConfig tenant = tenant(Cloud.CUSTOM, URI.create("https://login.example.test"),
                URI.create("https://graph.example.test:8443/stand-in"));

        assertEquals("https://graph.example.test:8443/.default", TokenEndpoint.of(tenant).scope());
        assertEquals("https://graph.example.test:8443/stand-in/v1.0/admin/serviceAnnouncement/messages",
                client(tenant).firstPage(GraphEndpoint.MESSAGES).toString());
    }

    private static TenantConfig tenant(Cloud cloud, URI authority, URI graph) {
        return new TenantConfig("contoso", TENANT_ID, "0b5a0b5a-1111-4111-8111-0000000000ab",
                new Credential.ClientSecret(new Secret("unused")), cloud, authority, graph, ServiceFilter.ALL);
    }

    private static GraphClient client(TenantConfig tenant) {
        return (GraphClient) GraphClients.create(tenant, new MutableClock(Instant.EPOCH), duration -> {
        }, GraphTelemetry.NONE, GraphClients.httpClient(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1),
                java.time.Duration.ofSeconds(1)), RetryPolicy.DEFAULT, new Random(1));
    }
}
