package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.cli.InProcessExporter;
import io.github.m365health.cli.RunningExporter;
import io.github.m365health.dashboards.LiveQueryRunner.Outcome;
import io.github.m365health.dashboards.PromQlExpr.VectorSelector;
import io.github.m365health.e2e.PrometheusServer;
import io.github.m365health.testing.EndToEnd;
import io.github.m365health.testing.Eventually;
import io.github.m365health.testing.ExternalTool;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query of the four shipped dashboards (panel targets, annotations and query variables)
 * sent, after Grafana's variable substitution, to a real Prometheus that scraped the exporter's
 * demo tenant and evaluated the recording rules. Prometheus must accept each one; each must find
 * at least one series, and so must each selector inside a panel or annotation query, since a
 * fallback such as {@code or vector(0)} would otherwise hide a selector that matches nothing.
 * The exceptions below are the only ones, each with its reason.
 */
@EndToEnd
class DashboardQueriesTest {

    /** Queries (by {@link LiveQuery#where()}) that may find no series in the demo. */
    static final Map<String, String> EMPTY_QUERIES = Map.of();

    /** Selectors (without their "All" matchers, see {@link #selectorKey}) that may match nothing in the demo. */
    static final Map<String, String> EMPTY_SELECTORS = Map.of(
            "m365_graph_requests_total{code!~\"2..\"}",
            "the demo's Graph and token endpoint answer every call with a 2xx; 'Graph error ratio' falls back to "
                    + "vector(0) for the calls that fail",
            "m365_service_status{status=~\"serviceRestored|postIncidentReviewPublished|resolved|resolvedExternal|falsePositive\"}",
            "the demo derives a service's status from its unresolved issues, so a service goes straight back to "
                    + "serviceOperational; Graph's health overviews also show serviceRestored (graph-api.md §3.1), "
                    + "which this branch of the status mapping is for");

    // The script (150 script seconds) is over 7.5 s after the first poll; then the random stream
    // opens an issue every 2 s.
    private static final double SPEED = 20;
    // What Grafana steps a range query of a minute or two at, on a datasource whose timeInterval is 1s.
    private static final Duration STEP = Duration.ofSeconds(1);
    private static final Duration QUERY_DEADLINE = Duration.ofSeconds(30);

    @Test
    void everyDashboardQueryIsAcceptedByPrometheusAndFindsSeriesFromTheDemo(@TempDir Path work) throws Exception {
        ExternalTool.locate("prometheus", "prometheus", System.getenv()).requireExecutable();
        List<LiveQuery> queries = shippedQueries();

        try (RunningExporter exporter = InProcessExporter.start("--demo", "--demo.speed=" + SPEED, "--web.listen-address=127.0.0.1:0");
             PrometheusServer prometheus = DemoPrometheus.start(work, exporter.address())) {
            Instant start = Instant.now();
            DemoPrometheus.awaitScriptAndStream(prometheus);
            LiveQueryRunner runner = new LiveQueryRunner(prometheus);

            Map<LiveQuery, Outcome> outcomes = runUntilSatisfiedOrDeadline(runner, queries, start);
            QueryWindow run = window(start);
            List<String> failures = queryFailures(outcomes);
            failures.addAll(selectorFailures(runner, outcomes.keySet(), run));

            assertTrue(failures.isEmpty(), () -> "Of " + outcomes.size() + " dashboard queries, after " + run.rangeSeconds()
                    + " s of demo at speed " + SPEED + ", these failed:\n" + String.join("\n", failures));
        }
    }

    @Test
    void everyExceptionNamesAQueryOrASelectorOfAShippedDashboard() {
        List<LiveQuery> queries = shippedQueries();
        Set<String> wheres = queries.stream().map(LiveQuery::where).collect(Collectors.toSet());
        Set<String> selectors = queries.stream().filter(q -> q.kind() != LiveQuery.Kind.VARIABLE)
                .flatMap(q -> PromQlExpr.selectors(PromQlParser.parseStrict(GrafanaTemplating.substitute(q.expr()))).stream())
                .map(DashboardQueriesTest::selectorKey).collect(Collectors.toSet());

        assertEquals(Set.of(), EMPTY_QUERIES.keySet().stream().filter(k -> !wheres.contains(k)).collect(Collectors.toSet()));
        assertEquals(Set.of(), EMPTY_SELECTORS.keySet().stream().filter(k -> !selectors.contains(k)).collect(Collectors.toSet()));
    }

    static List<LiveQuery> shippedQueries() {
        return DashboardLinter.loadAll(DashboardLinter.SHIPPED).stream().flatMap(d -> LiveQuery.of(d).stream()).toList();
    }

    /** A selector named by what it fixes: the matchers an "All" selection turns into {@code =~".+"} are left out. */
    static String selectorKey(VectorSelector s) {
        return LiveQueryRunner.render(new VectorSelector(s.metric(),
                s.matchers().stream().filter(m -> !(m.op().equals("=~") && m.value().equals(".+"))).toList()));
    }

    private static QueryWindow window(Instant start) {
        return new QueryWindow(start, Instant.now(), STEP, DemoPrometheus.SCRAPE_INTERVAL);
    }

    /**
     * Runs every query, then again those still empty, until each is satisfied or the deadline
     * passes: an instant query sees one moment, and a moment may fall between two stream issues.
     * A query Prometheus rejects is not retried.
     */
    private static Map<LiveQuery, Outcome> runUntilSatisfiedOrDeadline(LiveQueryRunner runner, List<LiveQuery> queries,
                                                                        Instant start) throws InterruptedException {
        Map<LiveQuery, Outcome> outcomes = new LinkedHashMap<>();
        // The next scrape may bring what is missing; the deadline bounds the wait, and what was seen
        // by then is reported below rather than failing here.
        Eventually.lastUntil(QUERY_DEADLINE, () -> {
            QueryWindow window = window(start);
            for (LiveQuery q : pendingOf(queries, outcomes)) {
                outcomes.put(q, runner.run(q, window));
            }
            return pendingOf(queries, outcomes);
        }, List::isEmpty);
        return outcomes;
    }

    /** Queries not run yet, or run, accepted and empty without an exception that allows it. */
    private static List<LiveQuery> pendingOf(List<LiveQuery> queries, Map<LiveQuery, Outcome> outcomes) {
        return queries.stream().filter(q -> !outcomes.containsKey(q) || outcomes.get(q).accepted()
                && outcomes.get(q).series() == 0 && !EMPTY_QUERIES.containsKey(q.where())).toList();
    }

    private static List<String> queryFailures(Map<LiveQuery, Outcome> outcomes) {
        List<String> failures = new ArrayList<>();
        outcomes.forEach((q, o) -> {
            boolean excepted = EMPTY_QUERIES.containsKey(q.where());
            if (!o.accepted()) {
                failures.add(failure(q.toString(), "rejected: " + o.error(), o.sent()));
            } else if (o.series() == 0 && !excepted) {
                failures.add(failure(q.toString(), "no series", o.sent()));
            } else if (o.series() > 0 && excepted) {
                failures.add(failure(q.toString(), o.describe() + ", but listed in EMPTY_QUERIES: remove it", o.sent()));
            }
        });
        return failures;
    }

    /** Each selector is checked over the whole run, once: the series API sees every series of the window. */
    private static List<String> selectorFailures(LiveQueryRunner runner, Set<LiveQuery> queries, QueryWindow run)
            throws InterruptedException {
        Map<VectorSelector, List<String>> users = new LinkedHashMap<>();
        for (LiveQuery q : queries) {
            if (q.kind() == LiveQuery.Kind.VARIABLE) {
                continue;
            }
            try {
                PromQlExpr.selectors(PromQlParser.parseStrict(run.substitute(q.expr())))
                        .forEach(s -> users.computeIfAbsent(s, k -> new ArrayList<>()).add(q.toString()));
            } catch (PromQlException e) {
                // Prometheus rejected it too, and queryFailures reports that.
            }
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<VectorSelector, List<String>> e : users.entrySet()) {
            Outcome o = runner.series(e.getKey(), run);
            String key = selectorKey(e.getKey());
            String where = "selector " + key + " in " + String.join(", ", e.getValue());
            if (!o.accepted()) {
                failures.add(failure(where, "rejected: " + o.error(), o.sent()));
            } else if (o.series() == 0 && !EMPTY_SELECTORS.containsKey(key)) {
                failures.add(failure(where, "matches no series", o.sent()));
            } else if (o.series() > 0 && EMPTY_SELECTORS.containsKey(key)) {
                failures.add(failure(where, o.describe() + ", but listed in EMPTY_SELECTORS: remove it", o.sent()));
            }
        }
        return failures;
    }

    private static String failure(String where, String problem, String sent) {
        return "  " + where + ": " + problem + "\n      " + sent.replace("\n", "\n      ");
    }
}
