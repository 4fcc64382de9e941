package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.config.TenantShard;
import io.github.m365health.health.Listing;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.TenantState;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LandingPageTest {

    private WebServer server;

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void namesTheExporterItsVersionAndLinksEveryRoute() throws Exception {
        HttpResponse<String> page = fetch(StoryStates.twoTenants(), new BuildInfo("1.2.3", "abc1234", "17"));

        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.body().contains("<h1>m365-health-exporter</h1>"));
        assertTrue(page.body().contains("Version 1.2.3 (revision abc1234)"));
        for (String link : List.of("href=\"/metrics\"", "href=\"/-/healthy\"", "href=\"/-/ready\"")) {
            assertTrue(page.body().contains(link), link);
        }
    }

    @Test
    void linksTheIssuesTheMessageCenterAndTheSlaReportSideBySide() throws Exception {
        String body = fetch(StoryStates.twoTenants(), new BuildInfo("1.2.3", "abc1234", "17")).body();

        // Relative, as the reading pages are: they resolve under a reverse proxy's path prefix too.
        int issues = body.indexOf("<li><a href=\"issues\">");
        int messages = body.indexOf("<li><a href=\"messages\">");
        int report = body.indexOf("<li><a href=\"reports/sla\">SLA report</a>");
        assertTrue(issues >= 0 && messages > issues && report > messages, body);
    }

    @Test
    void showsEachTenantsLastPollPerListing() throws Exception {
        String body = fetch(StoryStates.twoTenants(), new BuildInfo("1", "r", "17")).body();

        assertTrue(body.contains("<h3>contoso</h3>"));
        assertTrue(body.contains("<tr><td>issues</td><td>ok</td><td>2026-04-03T11:59:02Z</td><td>0.750 s</td></tr>"), body);
        assertTrue(body.contains("<h3>fabrikam</h3>"));
        assertTrue(body.contains("<tr><td>messages</td><td>failed</td><td>never</td><td>0.150 s</td></tr>"), body);
        assertTrue(body.contains("Last error: <code>messages: HTTP 403 Authorization_RequestDenied"), body);
        assertTrue(body.indexOf("contoso") < body.indexOf("fabrikam"), "configuration order");
    }

    @Test
    void marksListingsNotPolledYet() throws Exception {
        TenantState fresh = new TenantState("northwind", TenantSnapshot.empty("northwind", Instant.EPOCH), Map.of(), "");

        String body = fetch(List.of(fresh), new BuildInfo("1", "r", "17")).body();

        assertTrue(body.contains("<tr><td>health_overviews</td><td>not polled yet</td><td>never</td><td></td></tr>"), body);
    }

    @Test
    void escapesEveryTextItShows() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\"";
        TenantState failing = new TenantState("contoso", TenantSnapshot.empty("contoso", Instant.EPOCH),
                Map.of(Listing.ISSUES, new EndpointStatus(false, null, Duration.ofMillis(5))), hostile);

        String body = fetch(List.of(failing), new BuildInfo("<b>1</b>", "\"r\"", "17")).body();

        assertFalse(body.contains("<script>"), body);
        assertFalse(body.contains("<b>1</b>"), body);
        assertTrue(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"), body);
        assertTrue(body.contains("Version &lt;b&gt;1&lt;/b&gt; (revision &quot;r&quot;)"), body);
    }

    @Test
    void aShardedReplicaSaysWhichShareOfTheTenantsItShows() throws Exception {
        List<TenantState> states = StoryStates.twoTenants();
        server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics",
                new ExporterMetrics(() -> states, new BuildInfo("1", "r", "17"), new TenantShard(1, 3)), () -> states);

        String body = HttpFetch.get(server.address(), "/").body();

        assertTrue(body.contains("<p>Shard 1 of 3 (--tenants.shard=1/3): this replica polls only its share"), body);
    }

    @Test
    void anUnshardedExporterSaysNothingAboutShards() throws Exception {
        assertFalse(fetch(StoryStates.twoTenants(), new BuildInfo("1", "r", "17")).body().contains("Shard"));
    }

    @Test
    void saysWhenNoTenantIsConfigured() throws Exception {
        assertTrue(fetch(List.of(), new BuildInfo("1", "r", "17")).body().contains("No tenants configured."));
    }

    private HttpResponse<String> fetch(List<TenantState> states, BuildInfo build) throws Exception {
        server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics",
                new ExporterMetrics(() -> states, build), () -> states);
        return HttpFetch.get(server.address(), "/");
    }
}
