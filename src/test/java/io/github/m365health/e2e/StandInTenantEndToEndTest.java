package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.cli.InProcessExporter;
import io.github.m365health.cli.RunningExporter;
import io.github.m365health.demo.DemoOptions;
import io.github.m365health.demo.DemoTenant;
import io.github.m365health.testing.Eventually;
import io.github.m365health.testing.EndToEnd;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2's "done when": the exporter, configured only by a YAML file, pointed at a Graph stand-in
 * on loopback with {@code cloud: custom}. The stand-in is the demo's simulated tenant started on its
 * own, so the exporter knows it only from the configuration, as it would know a real tenant.
 *
 * <p>Its token endpoint is reached through a {@link TokenRecordingProxy} ({@code authority_url});
 * Graph's listings directly ({@code graph_url}), since the stand-in only accepts tokens scoped to its
 * own origin. The proxy sees every access token the stand-in issues to the exporter, which is what
 * lets the test check that none of them reached the log: the tokens are random strings, so the
 * only honest check is for the very strings issued. It also holds the first token request, which
 * keeps the exporter before its first completed poll for as long as the test needs to see
 * {@code /-/ready} answer 503.
 */
@EndToEnd
class StandInTenantEndToEndTest {

    private static final String TENANT = "lab";
    private static final Map<String, String> LAB = Map.of("tenant", TENANT);
    private static final Duration FIRST_POLLS = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private CapturedLog log;
    private DemoTenant standIn;
    private TokenRecordingProxy proxy;

    @BeforeEach
    void startTheStandIn() throws Exception {
        log = CapturedLog.atDebug();
        standIn = DemoTenant.start(DemoOptions.defaults(), Clock.systemUTC());
        proxy = TokenRecordingProxy.start(standIn.origin());
    }

    @AfterEach
    void stopTheStandIn() throws Exception {
        proxy.close();
        standIn.close();
        log.close();
    }

    @Test
    void servesTheTenantUpAndBecomesReadyAfterItsFirstPolls() throws Exception {
        String secret = standIn.clientSecret().reveal();
        Path config = writeConfig(secret, "1s");
        proxy.hold();

        try (RunningExporter exporter = start(config)) {
            ExporterHttp http = new ExporterHttp(exporter.address());
            assertTrue(proxy.awaitFirstRequest(Duration.ofSeconds(10)), "the exporter asked for a token");
            HttpResponse<String> early = http.get("/-/ready");
            assertEquals(503, early.statusCode(), "not ready while no listing has completed");
            assertTrue(early.body().contains(TENANT), early.body());
            assertEquals(0, http.scrape().value("m365_up", LAB), "not up before a poll completed");

            proxy.release();
            Eventually.await("/-/ready answers 200", FIRST_POLLS, () -> http.get("/-/ready"), r -> r.statusCode() == 200);
            Scrape scrape = http.scrape();

            assertEquals(1, scrape.value("m365_up", LAB));
            assertEquals(1, proxy.issuedTokens().size(), "one token, cached across polls");
            assertEquals(1, scrape.value("m365_graph_requests_total", Map.of("tenant", TENANT, "endpoint", "token", "code", "200")));
            for (String listing : List.of("health_overviews", "issues", "messages")) {
                Map<String, String> ok = Map.of("tenant", TENANT, "endpoint", listing, "code", "200");
                assertTrue(scrape.value("m365_graph_requests_total", ok) >= 1, listing + " requests counted");
                assertTrue(scrape.value("m365_poll_last_success_timestamp_seconds", Map.of("tenant", TENANT, "endpoint", listing))
                        > 0, listing + " polled successfully");
            }
            assertEquals(1, scrape.value("m365_service_status",
                    Map.of("tenant", TENANT, "service_name", "Exchange Online", "status", "serviceDegradation")),
                    "the stand-in's data came through");
            String page = http.get("/").body();
            assertTrue(page.contains("<h3>lab</h3>") && page.contains("<tr><td>messages</td><td>ok</td>"), page);
        }

        String captured = log.text();
        assertTrue(captured.contains("msg=\"http exchange\"") && captured.contains("endpoint=token"),
                "debug lines, token exchange included, were captured:\n" + captured);
        assertNothingSecretIn(captured, secret);
    }

    @Test
    void aWrongSecretShowsTheTenantDownWithOneLogLinePerFailedListing() throws Exception {
        String wrongSecret = "not-the-secret-" + UUID.randomUUID();
        // One poll of each schedule in the test's lifetime, so every failed listing can be counted.
        Path config = writeConfig(wrongSecret, "1h");

        try (RunningExporter exporter = start(config)) {
            ExporterHttp http = new ExporterHttp(exporter.address());
            Eventually.await("/-/ready answers 200: every listing attempted", FIRST_POLLS,
                    () -> http.get("/-/ready"), r -> r.statusCode() == 200);
            Scrape scrape = http.scrape();

            assertEquals(0, scrape.value("m365_up", LAB));
            assertEquals(2, proxy.answered(401), "one refused token request per poll: health and messages");
            assertEquals(2, scrape.value("m365_graph_requests_total", Map.of("tenant", TENANT, "endpoint", "token", "code", "401")));
            String page = http.get("/").body();
            assertTrue(page.contains("<tr><td>health_overviews</td><td>failed</td>"), page);
            assertTrue(page.contains("invalid_client AADSTS7000215"), page);
        }

        List<String> failures = log.withMessage("listing failed");
        assertEquals(Set.of("health_overviews", "messages"),
                failures.stream().map(line -> value(line, "endpoint")).collect(Collectors.toSet()), String.join("\n", failures));
        assertEquals(2, failures.size(), "one line per failed listing:\n" + String.join("\n", failures));
        for (String line : failures) {
            assertEquals("warn", value(line, "level"), line);
            assertEquals(TENANT, value(line, "tenant"), line);
            assertEquals("401", value(line, "status"), line);
            assertEquals("\"invalid_client AADSTS7000215\"", value(line, "code"), line);
        }
        assertNothingSecretIn(log.text(), wrongSecret);
        assertFalse(log.text().contains(standIn.clientSecret().reveal()));
    }

    private void assertNothingSecretIn(String captured, String secret) {
        assertFalse(captured.contains(secret), "the log contains the client secret");
        for (String token : proxy.issuedTokens()) {
            assertFalse(captured.contains(token), "the log contains an access token the stand-in issued");
        }
        assertFalse(captured.contains("Bearer"), "the log contains an Authorization header");
        assertFalse(captured.contains("client_secret="), "the log contains the token request's form");
    }

    private RunningExporter start(Path config) throws Exception {
        return InProcessExporter.start("--config.file", config.toString(), "--web.listen-address=127.0.0.1:0");
    }

    private Path writeConfig(String secret, String interval) throws Exception {
        Path secretFile = dir.resolve("lab-client-secret");
        Files.writeString(secretFile, secret + "\n");
        Path config = dir.resolve("config.yml");
        Files.writeString(config, String.join("\n",
                "tenants:",
                "  - name: " + TENANT,
                "    tenant_id: " + standIn.tenantId(),
                "    client_id: " + standIn.clientId(),
                "    client_secret_file: lab-client-secret",
                "    cloud: custom",
                "    authority_url: " + proxy.origin(),
                "    graph_url: " + standIn.origin(),
                "poll:",
                "  interval: " + interval,
                "  messages_interval: " + interval,
                "state:",
                "  path: history.db",
                ""));
        return config;
    }

    /** The raw value of {@code key} in a logfmt line (quotes kept), or null. */
    private static String value(String line, String key) {
        Matcher pair = Pattern.compile("(?:^| )" + key + "=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S*)").matcher(line);
        return pair.find() ? pair.group(1) : null;
    }
}
