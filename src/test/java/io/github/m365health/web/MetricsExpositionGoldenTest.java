package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.graph.RetryReasons;
import io.github.m365health.metrics.GraphTraffic;
import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.Exposition;
import io.github.m365health.metrics.Promtool;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.TenantState;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole /metrics answer for the two-tenant story state (see {@link StoryStates}), fetched
 * over HTTP and compared byte for byte with the files under {@code src/test/resources/golden/}.
 *
 * <p>After an intended change of the exposition, rewrite the files with
 * {@code mvn -o test -Dtest=MetricsExpositionGoldenTest -Dgolden.update=true} and review the diff.
 */
class MetricsExpositionGoldenTest {

    private static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden");

    private WebServer server;

    @BeforeEach
    void startServer() throws IOException {
        List<TenantState> states = StoryStates.twoTenants();
        ExporterMetrics metrics = new ExporterMetrics(() -> states, new BuildInfo("0.1.0", "4f3c2a1", "17.0.15"));
        GraphTraffic contoso = startedAtZero(metrics.forTenant("contoso"));
        contoso.requestCompleted("token", "200");
        contoso.requestCompleted("health_overviews", "200");
        contoso.requestCompleted("issues", "200");
        contoso.requestCompleted("issues", "200");
        contoso.requestCompleted("messages", "429");
        contoso.retried("messages", "throttled");
        contoso.requestCompleted("messages", "200");
        GraphTraffic fabrikam = startedAtZero(metrics.forTenant("fabrikam"));
        fabrikam.requestCompleted("token", "200");
        fabrikam.requestCompleted("health_overviews", "200");
        fabrikam.requestCompleted("issues", "200");
        fabrikam.requestCompleted("messages", "403");
        server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics", metrics,
                () -> states);
    }

    /** As the exporter wires each tenant: every endpoint × reason retry series from 0. */
    private static GraphTraffic startedAtZero(GraphTraffic traffic) {
        traffic.startRetriesAtZero(Arrays.stream(GraphEndpoint.values()).map(GraphEndpoint::label).toList(),
                RetryReasons.ALL);
        return traffic;
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void servesTheGoldenTextExposition() throws Exception {
        String body = HttpFetch.get(server.address(), "/metrics").body();

        assertMatchesGolden("metrics-two-tenants.txt", body);
        Promtool.assertCleanMetrics(body);
    }

    @Test
    void servesTheGoldenOpenMetricsExposition() throws Exception {
        String body = HttpFetch.get(server.address(), "/metrics",
                "Accept", "application/openmetrics-text; version=1.0.0").body();

        assertMatchesGolden("metrics-two-tenants.openmetrics.txt", body);
        Promtool.assertParsesOpenMetrics(body);
        assertTrue(body.contains("\n# TYPE m365_issues_reopened counter\n"), "the reopen counter is typed counter");
        Set<String> families = new HashSet<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                assertTrue(families.add(line.split(" ")[2]), "family declared twice: " + line);
            }
        }
    }

    @Test
    void goldenTextReadsBackAsTheStories() throws Exception {
        Exposition exposition = Exposition.parse(HttpFetch.get(server.address(), "/metrics").body());

        assertEquals(3, exposition.samples("m365_issue_open").size(), "EX1268771, EX1256020 and EX1215307");
        var reopened = exposition.samples("m365_issues_reopened_total").stream().filter(s -> s.value() > 0).toList();
        assertEquals(1, reopened.size(), "one follow_up reopen in all");
        assertEquals("follow_up", reopened.get(0).label("kind"));
        assertEquals(1, reopened.get(0).value());
        assertEquals(0, exposition.samples("m365_message_info").stream()
                .filter(s -> s.label("id").equals("MC172851")).count(), "MC172851 ended in 2019");
    }

    private static void assertMatchesGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN_DIR.resolve(name), actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = MetricsExpositionGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            assertTrue(in != null, "missing golden file " + name + "; create it with -Dgolden.update=true");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
        }
    }
}
