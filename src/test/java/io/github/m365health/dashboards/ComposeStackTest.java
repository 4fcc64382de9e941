package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Docker cannot run in CI, so the compose example is checked against the repository it mounts from. */
class ComposeStackTest {

    // Ports fixed in the cross-team contracts.
    private static final Map<String, Integer> CONTRACT_PORTS = Map.of(
            "exporter", 10365, "prometheus", 9090, "alertmanager", 9093, "grafana", 3000);
    private static final Path BUILD_OUTPUT = ComposeStack.REPO.resolve("target");

    private final ComposeStack stack = ComposeStack.load();

    @Test
    void everyHostPathItMountsExistsInTheRepository() {
        List<String> missing = new ArrayList<>();
        for (ComposeStack.Mount m : stack.allMounts()) {
            Path host = stack.hostPath(m);
            if (m.bind() && !host.startsWith(BUILD_OUTPUT) && !Files.exists(host)) {
                missing.add(m.source() + " (" + host + ")");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void mountsOnlyPathsInsideTheRepository() {
        for (ComposeStack.Mount m : stack.allMounts()) {
            if (m.bind()) {
                assertTrue(stack.hostPath(m).startsWith(ComposeStack.REPO), m.source() + " leaves the repository");
            }
        }
    }

    @Test
    void mountsTheJarThatMavenBuilds() {
        String finalName = pomFinalName();
        ComposeStack.Mount jar = stack.mounts("exporter").stream().filter(m -> m.source().endsWith(".jar")).findFirst().orElseThrow();

        assertEquals(BUILD_OUTPUT.resolve(finalName + ".jar"), stack.hostPath(jar));
        List<String> command = stack.command("exporter");
        int jarAt = command.indexOf("-jar");
        assertEquals("java", command.get(0));
        assertEquals(List.of("-jar", jar.target()), command.subList(jarAt, jarAt + 2), "JVM options come before -jar");
    }

    private static String pomFinalName() {
        try {
            Matcher m = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(Files.readString(ComposeStack.REPO.resolve("pom.xml")));
            assertTrue(m.find(), "pom.xml has no finalName");
            return m.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void runsTheExporterInDemoModeOnItsContractPort() {
        assertTrue(stack.command("exporter").contains("--demo"));
        assertEquals(":10365", stack.flag("exporter", "--web.listen-address").orElseThrow());
    }

    @Test
    void publishesEachServiceOnItsContractPortOnLoopbackOnly() {
        for (Map.Entry<String, Integer> e : CONTRACT_PORTS.entrySet()) {
            assertEquals(List.of(new ComposeStack.Port("127.0.0.1", e.getValue(), e.getValue())), stack.ports(e.getKey()), e.getKey());
        }
    }

    @Test
    void declaresEveryNamedVolume() {
        for (ComposeStack.Mount m : stack.allMounts()) {
            if (!m.bind()) {
                assertTrue(stack.json().path("volumes").has(m.source()), "volume " + m.source() + " is not declared");
            }
        }
    }

    @Test
    void prometheusScrapesTheExporterAndAlertsTheAlertmanagerByServiceName() {
        JsonNode config = prometheusConfig();

        List<String> scraped = new ArrayList<>();
        config.path("scrape_configs").forEach(job -> job.path("static_configs")
                .forEach(sc -> sc.path("targets").forEach(t -> scraped.add(t.asText()))));
        assertTrue(scraped.contains("exporter:10365"), "scrape targets: " + scraped);
        JsonNode alertmanagers = config.path("alerting").path("alertmanagers").get(0).path("static_configs").get(0).path("targets");
        assertEquals("alertmanager:9093", alertmanagers.get(0).asText());
    }

    @Test
    void prometheusLoadsTheShippedAlertAndRecordingRules() throws Exception {
        List<Path> loaded = new ArrayList<>();
        for (JsonNode pattern : prometheusConfig().path("rule_files")) {
            Path glob = stack.hostPathOf("prometheus", pattern.asText()).orElseThrow(
                    () -> new AssertionError("rule_files entry " + pattern.asText() + " is not mounted"));
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            assertTrue(Files.isDirectory(glob.getParent()), glob.getParent() + " is missing");
            try (var files = Files.list(glob.getParent())) {
                files.filter(matcher::matches).forEach(loaded::add);
            }
        }
        Path rules = ComposeStack.REPO.resolve("alert-rules");
        assertTrue(loaded.contains(rules.resolve("m365-alerts.yml")), "loaded: " + loaded);
        assertTrue(loaded.contains(rules.resolve("m365-recording-rules.yml")), "loaded: " + loaded);
        assertFalse(loaded.stream().anyMatch(p -> p.startsWith(rules.resolve("tests"))), "promtool test files are not rules");
    }

    @Test
    void alertmanagerReadsTheSharedExampleConfig() {
        String config = stack.flag("alertmanager", "--config.file").orElseThrow();

        Path host = stack.hostPathOf("alertmanager", config).orElseThrow(() -> new AssertionError(config + " is not mounted"));
        assertEquals(ComposeStack.REPO.resolve("examples/alertmanager.yml"), host);
        assertTrue(Files.isRegularFile(host), host + " is missing");
    }

    @Test
    void grafanaProvisionsTheDashboardsFromWhereTheyAreMounted() throws Exception {
        Path provider = stack.hostPathOf("grafana", "/etc/grafana/provisioning/dashboards/m365.yml").orElseThrow();
        assertEquals(ComposeStack.REPO.resolve("grafana-dashboards/provisioning/dashboards/m365.yml"), provider);

        String path = ComposeStack.readYaml(provider).path("providers").get(0).path("options").path("path").asText();
        Path dashboards = stack.hostPathOf("grafana", path).orElseThrow(() -> new AssertionError(path + " is not mounted"));
        assertEquals(ComposeStack.REPO.resolve("grafana-dashboards"), dashboards);
        for (String uid : ShippedDashboardsLintTest.STABLE_UIDS) {
            assertTrue(Files.isRegularFile(dashboards.resolve(uid + ".json")), uid);
        }
    }

    @Test
    void grafanaDatasourceReachesPrometheusAtItsScrapeInterval() {
        Path file = stack.hostPathOf("grafana", "/etc/grafana/provisioning/datasources/prometheus.yml").orElseThrow();
        JsonNode datasource = ComposeStack.readYaml(file).path("datasources").get(0);

        assertEquals("prometheus", datasource.path("type").asText());
        assertEquals("http://prometheus:" + CONTRACT_PORTS.get("prometheus"), datasource.path("url").asText());
        // $__rate_interval is derived from timeInterval: it must equal the scrape interval.
        assertEquals(prometheusConfig().path("global").path("scrape_interval").asText(),
                datasource.path("jsonData").path("timeInterval").asText());
    }

    private JsonNode prometheusConfig() {
        String config = stack.flag("prometheus", "--config.file").orElseThrow();
        Path host = stack.hostPathOf("prometheus", config).orElseThrow(() -> new AssertionError(config + " is not mounted"));
        assertEquals(ComposeStack.DIRECTORY.resolve("prometheus.yml"), host);
        return ComposeStack.readYaml(host);
    }
}
