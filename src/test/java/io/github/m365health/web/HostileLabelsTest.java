package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Listing;
import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.Exposition;
import io.github.m365health.metrics.Promtool;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.TenantState;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text written by Microsoft ends up in label values; whatever it holds, the exposition stays valid. */
class HostileLabelsTest {

    private static final String HOSTILE = "Quote \" backslash \\ newline \n return \r tab \t "
            + "一部のユーザーはメールボックスにアクセスできません 📧 <b>&amp;</b> \\n not a newline";
    private static final String SERVICE = "Exchange \"Online\" \\ Ä\nβ";
    private static final String TEN_KB_TITLE = "EX-long: " + "Lorem ipsum dolor sit amet, 漢字 📧 ".repeat(320);

    private WebServer server;

    @BeforeEach
    void startServer() throws Exception {
        Instant at = Instant.parse("2026-04-03T12:00:00Z");
        Issue hostile = new Issue("EX1", HOSTILE, SERVICE, HOSTILE, "group\nwith newline", Classification.INCIDENT,
                Origin.MICROSOFT, ServiceHealthStatus.INVESTIGATING, false, HOSTILE, at.minusSeconds(3600), null, at,
                List.of());
        Issue huge = new Issue("EX2", TEN_KB_TITLE, "Exchange Online", null, null, Classification.ADVISORY,
                Origin.MICROSOFT, ServiceHealthStatus.SERVICE_DEGRADATION, false, null, at.minusSeconds(60), null, at,
                List.of());
        Message post = new Message("MC1", HOSTILE, at, null, at, MessageCategory.STAY_INFORMED, MessageSeverity.HIGH,
                false, at.plusSeconds(86400), List.of(SERVICE, TEN_KB_TITLE), null);
        TenantSnapshot snapshot = new TenantSnapshot("contoso", at,
                List.of(new ServiceHealth("Ex\"change\\", SERVICE, ServiceHealthStatus.SERVICE_DEGRADATION)),
                List.of(new TrackedIssue(hostile, 0), new TrackedIssue(huge, 0)),
                new IssueTotals(Map.of(new ServiceKey(SERVICE, Classification.INCIDENT), 1L), Map.of(), Map.of(), Map.of()),
                List.of(post), Map.of());
        List<TenantState> states = List.of(new TenantState("contoso", snapshot, Map.of(
                Listing.HEALTH_OVERVIEWS, StoryStates.ok("2026-04-03T11:59:00Z", 100),
                Listing.ISSUES, StoryStates.ok("2026-04-03T11:59:00Z", 100),
                Listing.MESSAGES, StoryStates.ok("2026-04-03T11:59:00Z", 100)), HOSTILE));
        ExporterMetrics metrics = new ExporterMetrics(() -> states, new BuildInfo("0.1.0", "r", "17"));
        metrics.forTenant("contoso").requestCompleted("issues", "weird \"code\"\n");
        server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics", metrics,
                () -> states);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void hostileTextReadsBackExactlyFromTheTextFormat() throws Exception {
        String body = HttpFetch.get(server.address(), "/metrics").body();
        Exposition exposition = Exposition.parse(body);

        assertHostileValuesSurvive(exposition);
        Promtool.assertCleanMetrics(body);
    }

    @Test
    void hostileTextReadsBackExactlyFromOpenMetrics() throws Exception {
        String body = HttpFetch.get(server.address(), "/metrics", "Accept", "application/openmetrics-text").body();

        assertHostileValuesSurvive(Exposition.parseOpenMetrics(body));
    }

    @Test
    void aTenKilobyteTitleIsCutTo200Characters() throws Exception {
        assertTrue(TEN_KB_TITLE.length() > 10_000);
        String body = HttpFetch.get(server.address(), "/metrics").body();

        String title = Exposition.parse(body).samples("m365_issue_info", Map.of("id", "EX2")).get(0).label("title");

        assertEquals(firstCodePoints(TEN_KB_TITLE, 200), title);
        assertTrue(body.length() < 20_000, "the 10 KB title must not be repeated in full: " + body.length());
    }

    private static void assertHostileValuesSurvive(Exposition exposition) {
        Exposition.Sample info = exposition.samples("m365_issue_info", Map.of("id", "EX1")).get(0);
        assertEquals(firstCodePoints(HOSTILE, 200), info.label("title"));
        assertEquals(SERVICE, info.label("service_name"));
        assertEquals("group\nwith newline", info.label("feature_group"));
        assertEquals(1, exposition.value("m365_issues_open",
                Map.of("service_name", SERVICE, "classification", "incident")));
        assertEquals(1, exposition.value("m365_service_status", Map.of("service_id", "Ex\"change\\")));
        assertEquals(HOSTILE, exposition.samples("m365_message_info").get(0).label("title"));
        assertEquals(1, exposition.value("m365_messages", Map.of("service_name", SERVICE)));
        assertEquals(1, exposition.value("m365_messages", Map.of("service_name", firstCodePoints(TEN_KB_TITLE, 200))));
        assertEquals(1, exposition.value("m365_graph_requests_total", Map.of("code", "weird \"code\"\n")));
    }

    private static String firstCodePoints(String text, int count) {
        return text.codePoints().limit(count)
                .mapToObj(Character::toString).collect(Collectors.joining());
    }
}
