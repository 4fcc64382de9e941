package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.config.Cloud;
import io.github.m365health.config.Credential;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.config.TenantConfig;
import io.github.m365health.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoTenantTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-03T12:00:00Z"));

    @Test
    void servesOnLoopbackWithAnEphemeralPort() {
        try (DemoTenant tenant = DemoTenant.start(DemoOptions.defaults(), clock)) {
            URI origin = tenant.origin();

            assertEquals("http", origin.getScheme());
            assertEquals("127.0.0.1", origin.getHost());
            assertTrue(origin.getPort() > 0);
            assertEquals("", origin.getPath());
        }
    }

    @Test
    void describesItselfAsTheCustomCloudTenantNamedDemo() {
        ServiceFilter filter = new ServiceFilter(Set.of(), Set.of("Planner"));
        try (DemoTenant tenant = DemoTenant.start(DemoOptions.defaults(), clock)) {
            TenantConfig config = tenant.tenantConfig(filter);

            assertEquals("demo", config.name());
            assertEquals(tenant.tenantId(), config.tenantId());
            assertEquals(tenant.clientId(), config.clientId());
            assertEquals(Cloud.CUSTOM, config.cloud());
            assertEquals(tenant.origin(), config.authorityUrl());
            assertEquals(tenant.origin(), config.graphUrl());
            assertEquals(new Credential.ClientSecret(tenant.clientSecret()), config.credential());
            assertEquals(filter, config.services());
            assertFalse(config.toString().contains(tenant.clientSecret().reveal()), "the secret never prints");
        }
    }

    @Test
    void makesUpAFreshAppRegistrationOnEveryStart() {
        try (DemoTenant one = DemoTenant.start(DemoOptions.defaults(), clock);
             DemoTenant other = DemoTenant.start(DemoOptions.defaults(), clock)) {
            assertNotEquals(one.clientSecret(), other.clientSecret());
            assertNotEquals(one.tenantId(), other.tenantId());
            assertNotEquals(one.clientId(), other.clientId());
            assertNotEquals(one.origin(), other.origin());
            assertTrue(one.clientSecret().reveal().length() >= 40);
        }
    }

    @Test
    void answersUnknownPathsWithGraphsNotFoundError() throws Exception {
        try (DemoTenant tenant = DemoTenant.start(DemoOptions.defaults(), clock)) {
            DemoClient.Reply reply = new DemoClient(tenant).get("/v1.0/me", null);

            assertEquals(404, reply.status());
            assertTrue(reply.json().at("/error/code").isTextual());
        }
    }

    @Test
    void publishesThePostIncidentReviewOfEx1215307OnceItsStatusSaysSo() throws Exception {
        try (DemoTenant tenant = DemoTenant.start(DemoOptions.defaults(), clock)) {
            DemoClient client = new DemoClient(tenant);
            String token = client.token();
            client.listAll("/v1.0/admin/serviceAnnouncement/issues", token, null);
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                    tenant.origin().resolve("/v1.0/admin/serviceAnnouncement/issues/EX1215307/incidentReport"))
                    .header("Authorization", "Bearer " + token).GET().build();

            java.net.http.HttpResponse<String> early = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            clock.advance(java.time.Duration.ofSeconds(86));
            java.net.http.HttpResponse<String> published = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

            assertEquals(404, early.statusCode(), "no review before the script publishes it");
            assertEquals(200, published.statusCode());
            assertEquals("text/plain; charset=utf-8", published.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(published.body().startsWith("Post-incident review: EX1215307"), published.body());
            assertTrue(published.body().contains("Root cause: A recent IMAP deployment"), published.body());
        }
    }

    @Test
    void stopsServingOnClose() throws Exception {
        DemoTenant tenant = DemoTenant.start(DemoOptions.defaults(), clock);
        DemoClient client = new DemoClient(tenant);
        assertEquals(200, client.requestToken(client.goodTokenForm()).status());

        tenant.close();

        assertThrows(IOException.class, () -> client.requestToken(client.goodTokenForm()));
    }
}
