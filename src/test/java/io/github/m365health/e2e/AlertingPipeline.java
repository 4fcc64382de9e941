package io.github.m365health.e2e;

import io.github.m365health.cli.InProcessExporter;
import io.github.m365health.cli.RunningExporter;
import io.github.m365health.rules.RulesDirectory;
import io.github.m365health.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The whole alerting path on loopback: the demo exporter in this JVM, a real Prometheus scraping
 * it every second with a test copy of the shipped rules (every {@code for} and
 * {@code keep_firing_for} cut to 1 s), a real Alertmanager it alerts, and a webhook that
 * Alertmanager notifies. Closing it stops everything it started, in reverse order.
 */
final class AlertingPipeline implements AutoCloseable {

    /** The scrape job the shipped rules select (M365ExporterDown) and examples/prometheus.yml names. */
    static final String JOB = "m365-health-exporter";

    private final List<AutoCloseable> parts;
    private final AlertWebhook webhook;
    private final PrometheusServer prometheus;
    private final AlertmanagerServer alertmanager;
    private final String exporterInstance;
    private final Instant demoStarted;
    private final double demoSpeed;

    private AlertingPipeline(List<AutoCloseable> parts, AlertWebhook webhook, AlertmanagerServer alertmanager,
                             PrometheusServer prometheus, String exporterInstance, Instant demoStarted, double demoSpeed) {
        this.parts = parts;
        this.webhook = webhook;
        this.alertmanager = alertmanager;
        this.prometheus = prometheus;
        this.exporterInstance = exporterInstance;
        this.demoStarted = demoStarted;
        this.demoSpeed = demoSpeed;
    }

    /**
     * Starts the pipeline; skips the calling test locally (fails it with {@code CI=true}) when
     * prometheus, prometheus-alertmanager or promtool is not installed.
     */
    static AlertingPipeline start(Path workDir, double demoSpeed, Clock clock) throws Exception {
        Map<String, String> env = System.getenv();
        ExternalTool.locate("prometheus", "prometheus", env).requireExecutable();
        ExternalTool.locate("prometheus-alertmanager", "prometheus-alertmanager", env).requireExecutable();
        ExternalTool promtool = ExternalTool.locate("promtool", "prometheus", env);
        promtool.requireExecutable();

        List<AutoCloseable> parts = new ArrayList<>();
        try {
            AlertWebhook webhook = started(parts, AlertWebhook.start(clock));
            AlertmanagerServer alertmanager = started(parts,
                    AlertmanagerServer.start(directory(workDir, "alertmanager"), alertmanagerConfig(webhook.url())));
            // The demo's script starts at its first poll, right after the exporter starts: no
            // earlier than this instant.
            Instant demoStarted = clock.instant();
            RunningExporter exporter = started(parts, InProcessExporter.start("--demo", "--demo.speed=" + demoSpeed,
                    "--web.listen-address=127.0.0.1:0"));
            String instance = "127.0.0.1:" + exporter.address().getPort();

            Path prometheusDir = directory(workDir, "prometheus");
            Instant now = clock.instant();
            new ExporterPast(promtool).writeUp(PrometheusServer.dataDirectory(prometheusDir), JOB, instance, "demo",
                    now.minus(Duration.ofMinutes(45)), now.minus(Duration.ofMinutes(30)));
            RulesDirectory rules = RulesDirectory.ofProject();
            Files.writeString(prometheusDir.resolve("m365-alerts.yml"),
                    RulesDirectory.withHoldDowns(Files.readString(rules.alertRules()), "1s"));
            Files.copy(rules.recordingRules(), prometheusDir.resolve("m365-recording-rules.yml"));
            PrometheusServer prometheus = started(parts,
                    PrometheusServer.start(prometheusDir, prometheusConfig(instance, alertmanager.hostPort())));
            return new AlertingPipeline(List.copyOf(parts), webhook, alertmanager, prometheus, instance,
                    demoStarted, demoSpeed);
        } catch (Exception | Error e) {
            closeAll(parts);
            throw e;
        }
    }

    AlertWebhook webhook() {
        return webhook;
    }

    /** The {@code instance} label Prometheus gives the exporter's series. */
    String exporterInstance() {
        return exporterInstance;
    }

    /** The earliest wall-clock instant at which the demo script can reach {@code scriptSeconds}. */
    Instant demoReaches(double scriptSeconds) {
        return demoStarted.plusMillis(Math.round(scriptSeconds * 1000 / demoSpeed));
    }

    /** What a failed assertion needs: the notifications, Prometheus's view of its alerts, both logs. */
    String diagnostics() {
        StringBuilder text = new StringBuilder("\n--- webhook: ").append(webhook.describe());
        try {
            text.append("\n--- prometheus /api/v1/alerts: ").append(prometheus.get("/api/v1/alerts"));
        } catch (IOException e) {
            text.append("\n--- prometheus /api/v1/alerts failed: ").append(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        text.append("\n--- prometheus log:\n").append(log(prometheus::log));
        text.append("\n--- alertmanager log:\n").append(log(alertmanager::log));
        return text.toString();
    }

    @Override
    public void close() {
        closeAll(parts);
    }

    private static String alertmanagerConfig(String webhookUrl) {
        // As examples/alertmanager.yml groups, with seconds instead of minutes between notifications.
        return """
                route:
                  receiver: test-webhook
                  group_by: [tenant, service_name]
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 1h
                receivers:
                  - name: test-webhook
                    webhook_configs:
                      - url: %s
                        send_resolved: true
                """.formatted(webhookUrl);
    }

    private static String prometheusConfig(String exporter, String alertmanager) {
        return """
                global:
                  scrape_interval: 1s
                  scrape_timeout: 1s
                  evaluation_interval: 1s
                rule_files: [m365-alerts.yml, m365-recording-rules.yml]
                alerting:
                  alertmanagers:
                    - static_configs:
                        - targets: ['%s']
                scrape_configs:
                  - job_name: %s
                    static_configs:
                      - targets: ['%s']
                """.formatted(alertmanager, JOB, exporter);
    }

    private static Path directory(Path parent, String name) throws IOException {
        return Files.createDirectories(parent.resolve(name));
    }

    private static <T extends AutoCloseable> T started(List<AutoCloseable> parts, T part) {
        parts.add(part);
        return part;
    }

    private static void closeAll(List<AutoCloseable> parts) {
        List<AutoCloseable> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        for (AutoCloseable part : reversed) {
            try {
                part.close();
            } catch (Exception e) {
                // Keep stopping the others; a part that fails to stop cannot be helped from here.
            }
        }
    }

    private interface LogSource {
        String read() throws IOException;
    }

    private static String log(LogSource source) {
        try {
            return source.read();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
