package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.testing.EndToEnd;
import io.github.m365health.testing.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.cli.InProcessExporter;
import io.github.m365health.cli.RunningExporter;
import io.github.m365health.health.Classification;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TenantHistory;
import io.github.m365health.report.MonthlySla;
import io.github.m365health.store.HistoryReader;
import io.github.m365health.testing.ExternalTool;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's impact and the counter's, over the same window of a demo history played into a
 * real Prometheus: for every service, the impact seconds the report's window function gives equal
 * {@code increase(m365_service_impact_seconds_total[...])} over that window within one scrape
 * interval (the counter is only sampled that often). A sample shows the history as of the exporter's
 * last poll, so the report is asked for the window shifted by that poll's lag behind the scrape,
 * which the exporter itself exposes ({@code m365_poll_last_success_timestamp_seconds}).
 *
 * <p>The window opens after script second 60, once the script's retroactive edits are done
 * (EX1215307's start moved back, TM1271130's same-id return, SP1270890 raised from advisory to
 * incident): the counter takes those in as a jump when they happen, the report places them where
 * the final history puts them, so a window across them differs by design (README, "Monthly SLA
 * report"). It closes after SP1270890 has ended and the random stream has opened and ended issues.
 */
@EndToEnd
class SlaReportConsistencyTest {

    private static final double SPEED = 10;
    private static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(2);
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final String RAISED_TO_INCIDENT =
            "m365_issue_info{tenant=\"demo\", id=\"SP1270890\", classification=\"incident\"}";
    private static final String SCRIPT_AND_STREAM_PLAYED = "count(m365_issue_open{tenant=\"demo\", "
            + "id=~\"[A-Z]+128[0-9]{4}\"} == 0) >= 2 and on () (m365_issue_open{tenant=\"demo\", id=\"SP1270890\"} == 0)";

    @Test
    void reportImpactOverAWindowEqualsTheCountersIncreaseInPrometheus(@TempDir Path work) throws Exception {
        ExternalTool.locate("prometheus", "prometheus", System.getenv()).requireExecutable();
        Path store = work.resolve("demo.db");
        Path config = Files.writeString(work.resolve("config.yml"), "tenants: []\nstate:\n  path: " + store + "\n");

        try (RunningExporter exporter = InProcessExporter.start("--demo", "--demo.speed=" + SPEED, "--config.file=" + config,
                "--web.listen-address=127.0.0.1:0");
             PrometheusServer prometheus = PrometheusServer.start(work, """
                     global:
                       scrape_interval: %1$ds
                       scrape_timeout: %1$ds
                     scrape_configs:
                       - job_name: m365-health-exporter
                         static_configs:
                           - targets: ['127.0.0.1:%2$d']
                     """.formatted(SCRAPE_INTERVAL.toSeconds(), exporter.address().getPort()))) {
            awaitSeries(prometheus, RAISED_TO_INCIDENT);
            Instant from = Instant.now().plus(SCRAPE_INTERVAL);
            awaitSeries(prometheus, SCRIPT_AND_STREAM_PLAYED);
            // The window ends on the latest sample, so increase() extrapolates at its start only.
            Instant until = latestScrape(prometheus);
            long seconds = Duration.between(from, until).getSeconds();
            from = until.minusSeconds(seconds);

            JsonNode increases = prometheus.get("/api/v1/query?time=" + epoch(until) + "&query=" + URLEncoder.encode(
                    "increase(m365_service_impact_seconds_total{tenant=\"demo\", classification=\"incident\"}[" + seconds + "s])",
                    StandardCharsets.UTF_8)).path("result");
            TenantHistory history;
            try (HistoryReader reader = HistoryReader.open(store)) {
                history = reader.tenant("demo");
            }
            // A sample shows the history as of the tenant's last poll, which on a busy machine lags
            // the scrape; the report is asked for the instants the boundary samples describe.
            Duration lagAtFrom = pollLag(prometheus, from.plus(SCRAPE_INTERVAL));
            Duration lagAtUntil = pollLag(prometheus, until);
            Map<ServiceKey, Double> report = MonthlySla.impactSeconds(history.book(), from.minus(lagAtFrom),
                    until.minus(lagAtUntil));

            assertFalse(increases.isEmpty(), "no impact series in Prometheus");
            List<String> compared = new ArrayList<>();
            List<String> differing = new ArrayList<>();
            boolean someImpact = false;
            for (JsonNode series : increases) {
                String service = series.path("metric").path("service_name").asText();
                double counter = series.path("value").get(1).asDouble();
                double byReport = report.getOrDefault(new ServiceKey(service, Classification.INCIDENT), 0.0);
                String line = String.format("%s: report %.1f s, increase() %.1f s", service, byReport, counter);
                compared.add(line);
                someImpact |= byReport > 0;
                if (Math.abs(byReport - counter) > SCRAPE_INTERVAL.toSeconds()) {
                    differing.add(line);
                }
            }
            System.out.println("window of " + seconds + " s from " + from + ", poll lag " + lagAtFrom.toMillis() + " ms and "
                    + lagAtUntil.toMillis() + " ms:\n  " + String.join("\n  ", compared));
            assertTrue(someImpact, "the window must hold some impact to compare: " + compared);
            assertTrue(differing.isEmpty(), "over " + seconds + " s from " + from + ", beyond one scrape interval: "
                    + differing + "\nall: " + compared);
        }
    }

    private static Instant latestScrape(PrometheusServer prometheus) throws Exception {
        JsonNode result = prometheus.query("max(timestamp(m365_up{tenant=\"demo\"}))").path("result");
        assertFalse(result.isEmpty(), "no scrape of the demo tenant");
        return Instant.ofEpochMilli(Math.round(result.get(0).path("value").get(1).asDouble() * 1000));
    }

    private static String epoch(Instant instant) {
        return String.format(Locale.ROOT, "%.3f", instant.toEpochMilli() / 1000.0);
    }

    /** How long before the scrape at or before {@code at} the snapshot it showed was taken: its last poll. */
    private static Duration pollLag(PrometheusServer prometheus, Instant at) throws Exception {
        JsonNode result = prometheus.get("/api/v1/query?time=" + epoch(at) + "&query=" + URLEncoder.encode(
                "max(timestamp(m365_poll_last_success_timestamp_seconds{tenant=\"demo\"}))"
                        + " - max(m365_poll_last_success_timestamp_seconds{tenant=\"demo\"})", StandardCharsets.UTF_8))
                .path("result");
        assertFalse(result.isEmpty(), "no poll timestamp scraped by " + at);
        return Duration.ofMillis(Math.max(0, Math.round(result.get(0).path("value").get(1).asDouble() * 1000)));
    }

    private static void awaitSeries(PrometheusServer prometheus, String query) throws Exception {
        Eventually.await(query, DEADLINE, () -> prometheus.query(query).path("result"), result -> !result.isEmpty());
    }
}
