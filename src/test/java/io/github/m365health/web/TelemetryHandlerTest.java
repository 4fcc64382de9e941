package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.TenantState;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelemetryHandlerTest {

    private WebServer server;

    @BeforeEach
    void startServer() throws Exception {
        List<TenantState> states = StoryStates.twoTenants();
        server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics",
                new ExporterMetrics(() -> states, new BuildInfo("1", "r", "17")), () -> states);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void compressesForScrapersThatAcceptGzip() throws Exception {
        String plain = HttpFetch.get(server.address(), "/metrics").body();
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/metrics"))
                        .header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertEquals(plain, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(zipped.body().length < plain.length() / 4);
    }

    @Test
    void compressesEachTenantSelectionToExactlyItsPlainAnswerInBothFormats() throws Exception {
        for (String accept : List.of("text/plain;version=0.0.4", "application/openmetrics-text;version=1.0.0")) {
            for (String query : List.of("", "?tenant=contoso", "?tenant=fabrikam", "?tenant=contoso&tenant=fabrikam",
                    "?tenant=nobody")) {
                String plain = HttpFetch.get(server.address(), "/metrics" + query, "Accept", accept).body();
                for (int scrape = 0; scrape < 2; scrape++) {
                    assertEquals(plain, gunzipped("/metrics" + query, accept), accept + " " + query + ", scrape " + scrape);
                }
            }
        }
    }

    private String gunzipped(String pathAndQuery, String accept) throws Exception {
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery))
                        .header("Accept", accept).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sendsPlainTextWithoutGzipInAcceptEncoding() throws Exception {
        HttpResponse<String> response = HttpFetch.get(server.address(), "/metrics", "Accept-Encoding", "identity");

        assertFalse(response.headers().firstValue("Content-Encoding").isPresent());
        assertTrue(response.body().startsWith("# HELP m365_exporter_build_info "));
    }

    @Test
    void servesOnlyTheTenantsNamedInRepeatedTenantParameters() throws Exception {
        String both = HttpFetch.get(server.address(), "/metrics").body();
        String contoso = HttpFetch.get(server.address(), "/metrics?tenant=contoso").body();
        String split = HttpFetch.get(server.address(), "/metrics?tenant=contoso&tenant=fabrikam").body();
        String unknown = HttpFetch.get(server.address(), "/metrics?tenant=nobody").body();

        assertEquals(both, split, "naming every tenant is the whole answer");
        assertTrue(contoso.contains("m365_up{tenant=\"contoso\",} 1.0"), contoso);
        assertFalse(contoso.contains("tenant=\"fabrikam\""), contoso);
        assertTrue(contoso.contains("m365_exporter_build_info{"), "exporter-wide series in every split");
        assertFalse(unknown.contains("tenant="), unknown);
        String named = HttpFetch.get(server.address(), "/metrics?tenant=fabrikam&name%5B%5D=m365_up").body();
        assertTrue(named
                .contains("m365_up{tenant=\"fabrikam\",} "), named);
        assertFalse(HttpFetch.get(server.address(), "/metrics?tenant=fabrikam&name%5B%5D=m365_up").body()
                .contains("contoso"));
    }

    @Test
    void readsGzipWeights() {
        assertTrue(TelemetryHandler.acceptsGzip("gzip"));
        assertTrue(TelemetryHandler.acceptsGzip("identity, GZIP;q=0.5"));
        assertFalse(TelemetryHandler.acceptsGzip("gzip;q=0"));
        assertFalse(TelemetryHandler.acceptsGzip("gzip; q=0.0"));
        assertFalse(TelemetryHandler.acceptsGzip("br, deflate"));
        assertFalse(TelemetryHandler.acceptsGzip("x-gzip"));
    }

    @Test
    void readsRepeatedUrlEncodedNameParameters() {
        assertEquals(Set.of("m365_up", "m365_issues_open"),
                TelemetryHandler.requestedNames("name%5B%5D=m365_up&name[]=m365_issues_open&other=x"));
        assertEquals(Set.of(), TelemetryHandler.requestedNames(null));
        assertEquals(Set.of(), TelemetryHandler.requestedNames("name=m365_up"));
    }
}
