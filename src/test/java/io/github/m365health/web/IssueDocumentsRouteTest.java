package io.github.m365health.web;

import io.github.m365health.testing.TrackedWrites;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Classification;
import io.github.m365health.health.IncidentReport;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.TenantState;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.testing.MutableClock;
import io.github.m365health.web.pages.IssueDocumentsRoute;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dossier and the stored post-incident review over real HTTP, from a real store file. */
class IssueDocumentsRouteTest {

    private static final Instant NOW = Instant.parse("2026-01-09T09:00:00Z");
    private static final String HOSTILE_HTML = "<html><script>fetch('/metrics')</script>Review</html>";

    @TempDir
    Path dir;
    private final List<TenantState> states = StoryStates.twoTenants();
    private SqliteHistory history;
    private WebServer server;

    @BeforeEach
    void start() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        history = SqliteHistory.open(dir.resolve("history.db"), Duration.ofDays(400),
                Duration.ofDays(7), clock);
        TrackedWrites.health(history, "contoso", List.of(), List.of(issue("EX1215307"), issue("EX1")), NOW);
        history.recordReview("contoso", "EX1215307", new IncidentReport(
                "%PDF-1.7 review".getBytes(StandardCharsets.US_ASCII), "application/pdf"), NOW);
        history.recordReview("contoso", "EX1", new IncidentReport(HOSTILE_HTML.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8"), NOW);
        server = WebServer.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics",
                        new ExporterMetrics(() -> states, new BuildInfo("1", "r", "17")), () -> states)
                .route("/issues", new IssueDocumentsRoute(history.readModel(), history, clock,
                        (request, response) -> response.send(404, WebResponse.TEXT, "fallback\n")))
                .start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        history.close();
    }

    @Test
    void servesTheDossierAsMarkdown() throws Exception {
        HttpResponse<String> reply = HttpFetch.get(server.address(), "/issues/contoso/EX1215307.md");

        assertEquals(200, reply.statusCode());
        assertEquals("text/markdown; charset=utf-8", reply.headers().firstValue("Content-Type").orElse(""));
        assertTrue(reply.body().startsWith("# EX1215307: Some users may have been unable"), reply.body());
        assertTrue(reply.body().contains("### Root cause\n\nA code conflict."), reply.body());
    }

    @Test
    void servesAPdfReviewAsGraphSentIt() throws Exception {
        HttpResponse<String> reply = HttpFetch.get(server.address(), "/issues/contoso/EX1215307/report");

        assertEquals(200, reply.statusCode());
        assertEquals("application/pdf", reply.headers().firstValue("Content-Type").orElse(""));
        assertEquals("inline; filename=\"EX1215307-post-incident-review.pdf\"",
                reply.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("%PDF-1.7 review", reply.body());
    }

    @Test
    void anHtmlReviewIsADownloadThatCannotRunInOurOrigin() throws Exception {
        HttpResponse<String> reply = HttpFetch.get(server.address(), "/issues/contoso/EX1/report");

        assertEquals(200, reply.statusCode());
        assertEquals("application/octet-stream", reply.headers().firstValue("Content-Type").orElse(""));
        assertTrue(reply.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(reply.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox"));
        assertEquals(HOSTILE_HTML, reply.body(), "the document itself is served unchanged");
    }

    @Test
    void aMissingReviewOrIssueIsAOneLine404AndOtherPathsGoOn() throws Exception {
        HttpResponse<String> review = HttpFetch.get(server.address(), "/issues/contoso/EX404/report");
        HttpResponse<String> dossier = HttpFetch.get(server.address(), "/issues/contoso/EX404.md");

        assertEquals(404, review.statusCode());
        assertEquals(1, review.body().strip().lines().count());
        assertTrue(review.body().contains("postIncidentReviewPublished"), review.body());
        assertEquals(404, dossier.statusCode());
        assertEquals("fallback\n", HttpFetch.get(server.address(), "/issues/contoso/EX1/other").body());
    }

    private static Issue issue(String id) {
        return new Issue(id, "Some users may have been unable to access their mailboxes", "Exchange Online", "IMAP4",
                "E-Mail and calendar access", Classification.INCIDENT, Origin.MICROSOFT,
                ServiceHealthStatus.POST_INCIDENT_REVIEW_PUBLISHED, true, "Users may have been unable to connect.",
                Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-08T11:30:00Z"),
                Instant.parse("2026-01-08T12:34:33Z"), List.of(new IssuePost(Instant.parse("2026-01-08T12:34:33Z"),
                        "regular", "Final status: Fixed.\nRoot cause: A code conflict.\nNext steps: Review deployments.")));
    }
}
