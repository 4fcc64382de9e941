package io.github.m365health.dashboards;


import io.github.m365health.e2e.PrometheusServer;
import io.github.m365health.testing.Eventually;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A Prometheus that scrapes a demo exporter every second and evaluates the shipped recording
 * rules every second, so that seconds of demo fill every dashboard panel.
 */
final class DemoPrometheus {

    static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(1);
    static final Path RECORDING_RULES = Path.of("alert-rules", "m365-recording-rules.yml");

    private static final Duration DEMO_DEADLINE = Duration.ofSeconds(60);

    // The script is over once SP1270890 has ended (script second 150). Stream issues are numbered
    // from 1280000, above every scripted one, and end a minute of script time or more after they open.
    private static final String SCRIPT_AND_STREAM_PLAYED = "count(m365_issue_open{tenant=\"demo\", "
            + "id=~\"[A-Z]+128[0-9]{4}\"} == 0) >= 2 and on () (m365_issue_open{tenant=\"demo\", id=\"SP1270890\"} == 0)";

    private DemoPrometheus() {
    }

    static PrometheusServer start(Path workDir, InetSocketAddress exporter) throws IOException {
        Files.writeString(workDir.resolve(RECORDING_RULES.getFileName()),
                withGroupIntervals(Files.readString(RECORDING_RULES), SCRAPE_INTERVAL.toSeconds() + "s"));
        return PrometheusServer.start(workDir, """
                global:
                  scrape_interval: %1$ds
                  scrape_timeout: %1$ds
                  evaluation_interval: %1$ds
                rule_files:
                  - %2$s
                scrape_configs:
                  - job_name: m365-health-exporter
                    static_configs:
                      - targets: ['%3$s:%4$d']
                """.formatted(SCRAPE_INTERVAL.toSeconds(), RECORDING_RULES.getFileName(),
                exporter.getAddress().getHostAddress(), exporter.getPort()));
    }

    /**
     * The rule file with every group's {@code interval} set: the shipped 3m suits 30-day windows,
     * a run of seconds needs the rules evaluated every scrape.
     */
    static String withGroupIntervals(String ruleFileText, String interval) {
        return ruleFileText.replaceAll("(?m)^( +)interval: \\S+[ \\t]*$", "$1interval: " + interval);
    }

    /** Waits, within a deadline, until Prometheus has scraped the end of the script and of two stream issues. */
    static void awaitScriptAndStream(PrometheusServer prometheus) throws Exception {
        Eventually.await("Prometheus sees the demo script end and two stream issues end", DEMO_DEADLINE,
                () -> prometheus.query(SCRIPT_AND_STREAM_PLAYED), result -> !result.path("result").isEmpty());
    }
}
