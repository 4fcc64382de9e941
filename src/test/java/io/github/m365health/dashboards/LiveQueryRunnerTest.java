package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiveQueryRunnerTest {

    private static PromQlExpr.VectorSelector selector(String promql) {
        return PromQlExpr.selectors(PromQlParser.parseStrict(promql)).get(0);
    }

    @Test
    void rendersASelectorBackToThePromQlItWasParsedFrom() {
        String promql = "m365_graph_requests_total{tenant=~\".+\", code!~\"2..\", title=\"say \\\"hi\\\" \\\\ bye\"}";

        assertEquals(promql, LiveQueryRunner.render(selector(promql)));
    }

    @Test
    void rendersABareMetricWithoutBraces() {
        assertEquals("m365_up", LiveQueryRunner.render(selector("m365_up")));
    }
}
