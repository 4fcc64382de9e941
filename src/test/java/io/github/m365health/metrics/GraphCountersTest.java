package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.graph.RetryReasons;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphCountersTest {

    private final ExporterMetrics metrics = new ExporterMetrics(List::of, new BuildInfo("1.0.0", "abc", "17"));

    @Test
    void countsEveryRequestByTenantEndpointAndCode() throws IOException {
        GraphTraffic contoso = metrics.forTenant("contoso");
        GraphTraffic fabrikam = metrics.forTenant("fabrikam");
        contoso.requestCompleted("token", "200");
        contoso.requestCompleted("issues", "200");
        contoso.requestCompleted("issues", "200");
        contoso.requestCompleted("messages", "timeout");
        fabrikam.requestCompleted("issues", "503");

        Exposition exposition = render();

        assertEquals("counter", exposition.type("m365_graph_requests_total"));
        assertEquals(2, exposition.value("m365_graph_requests_total",
                Map.of("tenant", "contoso", "endpoint", "issues", "code", "200")));
        assertEquals(1, exposition.value("m365_graph_requests_total",
                Map.of("tenant", "contoso", "endpoint", "token", "code", "200")));
        assertEquals(1, exposition.value("m365_graph_requests_total",
                Map.of("tenant", "contoso", "endpoint", "messages", "code", "timeout")));
        assertEquals(1, exposition.value("m365_graph_requests_total",
                Map.of("tenant", "fabrikam", "endpoint", "issues", "code", "503")));
        assertEquals(4, exposition.samples("m365_graph_requests_total").size());
    }

    @Test
    void countsRetriesByReason() throws IOException {
        GraphTraffic contoso = metrics.forTenant("contoso");
        contoso.retried("messages", "throttled");
        contoso.retried("messages", "throttled");
        contoso.retried("token", "unavailable");

        Exposition exposition = render();

        assertEquals(2, exposition.value("m365_graph_retries_total",
                Map.of("tenant", "contoso", "endpoint", "messages", "reason", "throttled")));
        assertEquals(1, exposition.value("m365_graph_retries_total",
                Map.of("tenant", "contoso", "endpoint", "token", "reason", "unavailable")));
    }

    @Test
    void startsTheRetriesOfEveryEndpointAndReasonAtZero() throws IOException {
        GraphTraffic contoso = metrics.forTenant("contoso");
        contoso.startRetriesAtZero(Arrays.stream(GraphEndpoint.values()).map(GraphEndpoint::label).toList(),
                RetryReasons.ALL);
        contoso.retried("messages", "throttled");

        Exposition exposition = render();

        assertEquals(0, exposition.value("m365_graph_retries_total",
                Map.of("tenant", "contoso", "endpoint", "token", "reason", "network_error")));
        assertEquals(0, exposition.value("m365_graph_retries_total",
                Map.of("tenant", "contoso", "endpoint", "issues", "reason", "unauthorized")));
        assertEquals(1, exposition.value("m365_graph_retries_total",
                Map.of("tenant", "contoso", "endpoint", "messages", "reason", "throttled")));
        assertEquals(GraphEndpoint.values().length * RetryReasons.ALL.size(),
                exposition.samples("m365_graph_retries_total").size(), "one series per endpoint and reason");
        assertTrue(exposition.samples("m365_graph_requests_total").isEmpty(), "request codes are not known in advance");
    }

    @Test
    void exposesNoCreatedSeriesAndNothingBeforeTheFirstCall() throws IOException {
        assertTrue(render().samples().stream().noneMatch(s -> s.name().startsWith("m365_graph_")));
        metrics.forTenant("contoso").requestCompleted("issues", "200");
        assertTrue(render().samples().stream().noneMatch(s -> s.name().endsWith("_created")));
    }

    @Test
    void listsSeriesInLabelOrderWhateverTheOrderOfCalls() throws IOException {
        metrics.forTenant("zeta").requestCompleted("issues", "200");
        metrics.forTenant("alpha").requestCompleted("messages", "200");
        metrics.forTenant("alpha").requestCompleted("health_overviews", "200");

        List<String> order = render().samples("m365_graph_requests_total").stream()
                .map(s -> s.label("tenant") + "/" + s.label("endpoint")).toList();

        assertEquals(List.of("alpha/health_overviews", "alpha/messages", "zeta/issues"), order);
    }

    private Exposition render() throws IOException {
        StringWriter out = new StringWriter();
        TextExposition.write(metrics, out);
        return Exposition.parse(out.toString());
    }
}
