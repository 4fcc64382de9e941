package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Listing;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.Exposition;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.TenantState;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebServerTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final AtomicReference<List<TenantState>> states = new AtomicReference<>(StoryStates.twoTenants());
    private final ExporterMetrics metrics = new ExporterMetrics(states::get, new BuildInfo("1.2.3", "abc1234", "17.0.15"));
    private WebServer server;

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void bindsAFreePortOnLoopbackWhenAskedForPortZero() throws IOException {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        assertTrue(server.address().getPort() > 0);
        assertTrue(server.address().getAddress().isLoopbackAddress());
    }

    @Test
    void refusesAnAddressWhoseHostDoesNotResolveWithAOneLineMessage() {
        InetSocketAddress unresolved = InetSocketAddress.createUnresolved("no-such-host.invalid", 10365);

        IOException e = assertThrows(IOException.class,
                () -> WebServer.start(unresolved, "/metrics", metrics, states::get));

        assertEquals("cannot listen on no-such-host.invalid:10365: the host name does not resolve to an address",
                e.getMessage());
    }

    @Test
    void answersHealthyWithOk() throws Exception {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        HttpResponse<String> response = HttpFetch.get(server.address(), "/-/healthy");

        assertEquals(200, response.statusCode());
        assertEquals("OK\n", response.body());
    }

    @Test
    void becomesReadyOnceEveryTenantAttemptedEveryListing() throws Exception {
        TenantState contoso = StoryStates.contoso();
        TenantState halfPolled = new TenantState("fabrikam", TenantSnapshot.empty("fabrikam", Instant.EPOCH),
                Map.of(Listing.HEALTH_OVERVIEWS, StoryStates.ok("2026-04-03T11:59:00Z", 200)), "");
        states.set(List.of(contoso, halfPolled));
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        HttpResponse<String> waiting = HttpFetch.get(server.address(), "/-/ready");
        assertEquals(503, waiting.statusCode());
        assertTrue(waiting.body().contains("fabrikam"), waiting.body());
        assertFalse(waiting.body().contains("contoso"), waiting.body());

        // A failed attempt counts: readiness means "has tried", m365_up tells whether it worked.
        EndpointStatus failed = new EndpointStatus(false, null, Duration.ofMillis(80));
        states.set(List.of(contoso, new TenantState("fabrikam", halfPolled.snapshot(), Map.of(
                Listing.HEALTH_OVERVIEWS, StoryStates.ok("2026-04-03T11:59:00Z", 200),
                Listing.ISSUES, failed, Listing.MESSAGES, failed), "issues: HTTP 503")));

        HttpResponse<String> ready = HttpFetch.get(server.address(), "/-/ready");
        assertEquals(200, ready.statusCode());
        assertEquals("OK\n", ready.body());
    }

    @Test
    void isReadyWithNoTenantsConfigured() throws Exception {
        states.set(List.of());
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        assertEquals(200, HttpFetch.get(server.address(), "/-/ready").statusCode());
    }

    @Test
    void answersUnknownPathsWithNotFound() throws Exception {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        for (String path : List.of("/nope", "/metrics/", "/metricsx", "/-/ready/now", "/-/healthy2", "/index.html")) {
            assertEquals(404, HttpFetch.get(server.address(), path).statusCode(), path);
        }
    }

    @Test
    void answersMethodsOtherThanGetAndHeadWithMethodNotAllowed() throws Exception {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/", "/metrics", "/-/healthy", "/-/ready")) {
                HttpResponse<String> response = HttpFetch.send(method, server.address(), path);
                assertEquals(405, response.statusCode(), method + " " + path);
                assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
            }
        }
    }

    @Test
    void answersHeadWithHeadersOnly() throws Exception {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        for (String path : List.of("/", "/-/healthy", "/-/ready")) {
            HttpResponse<String> response = HttpFetch.send("HEAD", server.address(), path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("", response.body(), path);
            assertTrue(Long.parseLong(response.headers().firstValue("Content-Length").orElse("0")) > 0, path);
        }
        HttpResponse<String> metricsHead = HttpFetch.send("HEAD", server.address(), "/metrics",
                "Accept", "application/openmetrics-text; version=1.0.0");
        assertEquals(200, metricsHead.statusCode());
        assertEquals("", metricsHead.body());
        assertEquals("application/openmetrics-text; version=1.0.0; charset=utf-8",
                metricsHead.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void servesMetricsOnlyOnTheConfiguredTelemetryPath() throws Exception {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/custom/metrics", metrics, states::get);

        HttpResponse<String> response = HttpFetch.get(server.address(), "/custom/metrics");

        assertEquals(200, response.statusCode());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(1, Exposition.parse(response.body()).value("m365_up", Map.of("tenant", "contoso")));
        assertEquals(404, HttpFetch.get(server.address(), "/metrics").statusCode());
        assertTrue(HttpFetch.get(server.address(), "/").body().contains("href=\"/custom/metrics\""));
    }

    @Test
    void servesOpenMetricsWhenTheScraperAsksForIt() throws Exception {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        HttpResponse<String> response = HttpFetch.get(server.address(), "/metrics",
                "Accept", "application/openmetrics-text; version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1");

        assertEquals("application/openmetrics-text; version=1.0.0; charset=utf-8",
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().endsWith("# EOF\n"));
        assertTrue(response.body().contains("# TYPE m365_issues_seen counter\n"));
    }

    @Test
    void filtersMetricsByName() throws Exception {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        Exposition exposition = Exposition.parse(HttpFetch.get(server.address(),
                "/metrics?name[]=m365_up&name[]=m365_exporter_build_info").body());

        assertEquals(List.of("m365_exporter_build_info", "m365_up", "m365_up"),
                exposition.samples().stream().map(Exposition.Sample::name).toList());
    }

    @Test
    void showsTheGraphTrafficOfEachTenant() throws Exception {
        metrics.forTenant("contoso").requestCompleted("token", "200");
        metrics.forTenant("contoso").retried("issues", "throttled");
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);

        Exposition exposition = Exposition.parse(HttpFetch.get(server.address(), "/metrics").body());

        assertEquals(1, exposition.value("m365_graph_requests_total",
                Map.of("tenant", "contoso", "endpoint", "token", "code", "200")));
        assertEquals(1, exposition.value("m365_graph_retries_total",
                Map.of("tenant", "contoso", "endpoint", "issues", "reason", "throttled")));
    }

    @Test
    void refusesTelemetryPathsThatCollideWithOtherRoutes() {
        for (String path : List.of("/", "/-/healthy", "/-/ready", "metrics", "", "/m?x", "/m#x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WebServer.start(ANY_LOOPBACK_PORT, path, metrics, states::get), path);
            assertTrue(e.getMessage().startsWith("--web.telemetry-path: "), e.getMessage());
        }
    }

    @Test
    void servesOnDaemonThreadsAndReleasesPortAndThreadsOnClose() throws Exception {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, states::get);
        InetSocketAddress address = server.address();
        assertEquals(200, HttpFetch.get(address, "/metrics").statusCode());
        List<Thread> serving = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("m365-http-")).toList();
        assertFalse(serving.isEmpty());
        assertTrue(serving.stream().allMatch(Thread::isDaemon));

        server.close();
        server = null;

        assertThrows(ConnectException.class, () -> HttpFetch.get(address, "/-/healthy"));
        for (Thread thread : serving) {
            thread.join(2000);
            assertFalse(thread.isAlive(), thread.getName());
        }
    }
}
