package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.demo.DemoClient.Reply;
import io.github.m365health.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedTokenEndpointTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-03T12:00:00Z"));
    private DemoTenant tenant;
    private DemoClient client;

    @BeforeEach
    void start() {
        tenant = DemoTenant.start(DemoOptions.defaults(), clock);
        client = new DemoClient(tenant);
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void issuesABearerTokenForTheRightClientSecretAndScope() throws Exception {
        Reply reply = client.requestToken(client.goodTokenForm());

        assertEquals(200, reply.status());
        assertEquals("Bearer", reply.json().get("token_type").asText());
        assertEquals(3599, reply.json().get("expires_in").asInt());
        assertTrue(reply.json().get("access_token").asText().length() >= 32);
        assertNotEquals(reply.json().get("access_token").asText(), client.token(), "a fresh token per request");
    }

    @Test
    void acceptsTheClientCredentialsInABasicAuthorizationHeader() throws Exception {
        Map<String, String> form = client.goodTokenForm();
        form.remove("client_id");
        form.remove("client_secret");
        String basic = Base64.getEncoder().encodeToString(
                (tenant.clientId() + ":" + tenant.clientSecret().reveal()).getBytes(StandardCharsets.UTF_8));

        Reply reply = client.requestToken(form, "Basic " + basic);

        assertEquals(200, reply.status());
        assertEquals("Bearer", reply.json().get("token_type").asText());
    }

    @Test
    void rejectsARequestForAnotherTenantWithAadsts90002() throws Exception {
        Reply reply = client.requestToken("22222222-2222-2222-2222-222222222222", client.goodTokenForm(), null);

        assertEquals(400, reply.status());
        assertEquals("invalid_request", reply.json().get("error").asText());
        assertEquals(90002, reply.json().get("error_codes").get(0).asInt());
    }

    @Test
    void rejectsAWrongSecretWithAadsts7000215() throws Exception {
        Map<String, String> form = client.goodTokenForm();
        form.put("client_secret", "not-the-secret");

        Reply reply = client.requestToken(form);

        assertEquals(401, reply.status());
        assertEquals("invalid_client", reply.json().get("error").asText());
        assertEquals(7000215, reply.json().get("error_codes").get(0).asInt());
        assertTrue(reply.json().get("error_description").asText().startsWith("AADSTS7000215: "));
        assertFalse(reply.raw().body().contains("not-the-secret"), "the presented secret is never echoed");
        assertFalse(reply.raw().body().contains(tenant.clientSecret().reveal()), "the real secret is never shown");
    }

    @Test
    void rejectsAnUnknownClientWithAadsts700016() throws Exception {
        Map<String, String> form = client.goodTokenForm();
        form.put("client_id", "11111111-1111-1111-1111-111111111111");

        Reply reply = client.requestToken(form);

        assertEquals(401, reply.status());
        assertEquals("unauthorized_client", reply.json().get("error").asText());
        assertEquals(700016, reply.json().get("error_codes").get(0).asInt());
        assertTrue(reply.json().has("trace_id") && reply.json().has("correlation_id") && reply.json().has("timestamp"));
    }

    @Test
    void rejectsAScopeForAnotherResourceWithAadsts70011() throws Exception {
        Map<String, String> form = client.goodTokenForm();
        form.put("scope", "https://graph.microsoft.com/.default");

        Reply reply = client.requestToken(form);

        assertEquals(400, reply.status());
        assertEquals("invalid_scope", reply.json().get("error").asText());
        assertEquals(70011, reply.json().get("error_codes").get(0).asInt());
    }

    @Test
    void rejectsAnotherGrantType() throws Exception {
        Map<String, String> form = client.goodTokenForm();
        form.put("grant_type", "password");

        Reply reply = client.requestToken(form);

        assertEquals(400, reply.status());
        assertEquals("unsupported_grant_type", reply.json().get("error").asText());
    }
}
