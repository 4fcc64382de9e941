package io.github.m365health.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.m365health.config.ConfigLoader;
import io.github.m365health.config.ExporterConfig;
import io.github.m365health.config.TenantConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes manifests under deploy/kubernetes: generated parts equal to their sources, the
 * example configuration accepted by the exporter itself, and (through validate.mjs) every object of
 * the base and the overlays valid against the Kubernetes and Prometheus Operator schemas.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Path.of("deploy", "kubernetes");
    private static final Path TOOLS = KUBERNETES.resolve("test");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path dir;

    @Test
    void thePrometheusRuleHoldsExactlyTheGroupsOfAlertRules() throws IOException {
        JsonNode rule = YAML.readTree(KUBERNETES.resolve("base/prometheusrule.yaml").toFile());
        ArrayNode expected = YAML.createArrayNode();
        for (String file : List.of("m365-alerts.yml", "m365-recording-rules.yml")) {
            expected.addAll((ArrayNode) YAML.readTree(Path.of("alert-rules", file).toFile()).path("groups"));
        }

        assertEquals("PrometheusRule", rule.path("kind").asText());
        assertTrue(expected.size() > 1, "alert-rules has groups");
        assertEquals(expected, rule.path("spec").path("groups"),
                "base/prometheusrule.yaml is out of date: run npm run generate in deploy/kubernetes/test");
    }

    @Test
    void theDashboardsConfigMapHoldsEachDashboardUnchangedForGrafanasSidecar() throws IOException {
        JsonNode configMap = YAML.readTree(KUBERNETES.resolve("base/grafana-dashboards.yaml").toFile());
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("grafana-dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                expected.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Map<String, String> data = new TreeMap<>();
        configMap.path("data").fields().forEachRemaining(entry -> data.put(entry.getKey(), entry.getValue().asText()));

        assertEquals("1", configMap.path("metadata").path("labels").path("grafana_dashboard").asText());
        assertEquals(4, expected.size(), "the four dashboards");
        assertEquals(expected, data, "base/grafana-dashboards.yaml is out of date: run npm run generate in deploy/kubernetes/test");
    }

    @Test
    void theExampleOverlaysConfigurationLoadsWithItsMountedSecrets() throws Exception {
        Path overlay = KUBERNETES.resolve("overlays/example");
        // As mounted in the pod: config.yml names the Secret's files under /run/secrets/m365-health-exporter.
        String config = Files.readString(overlay.resolve("config.yml"))
                .replace("/run/secrets/m365-health-exporter/", overlay.resolve("secrets").toAbsolutePath() + "/")
                .replace("/var/lib/m365-health-exporter/", dir + "/");
        Path file = Files.writeString(dir.resolve("config.yml"), config);

        ExporterConfig loaded = new ConfigLoader(name -> null).load(file);

        assertEquals(List.of("contoso", "fabrikam"), loaded.tenants().stream().map(TenantConfig::name).toList());
        assertEquals(dir.resolve("history.db"), loaded.state().path());
    }

    @Test
    void everyManifestPassesTheKubernetesAndPrometheusOperatorSchemas() throws Exception {
        requireNodeModules();
        String rendered = Command.run(Duration.ofMinutes(2), List.of("node", TOOLS.resolve("validate.mjs").toString()));
        assertTrue(rendered.contains("overlays/example: 8 objects"), rendered);
    }

    @Test
    void theResolverUsedWithoutKustomizeChecksTheSameManifests() throws Exception {
        requireNodeModules();
        String resolved = Command.run(Duration.ofMinutes(2), Map.of("M365_KUSTOMIZE", "none"),
                List.of("node", TOOLS.resolve("validate.mjs").toString()));
        assertTrue(resolved.contains("overlays/example: 8 objects") && resolved.contains("resolved without kustomize"), resolved);
    }

    private static void requireNodeModules() {
        Command.require("node", "nodejs");
        if (!Files.isDirectory(TOOLS.resolve("node_modules/kubernetes-models"))) {
            String message = "the schemas are not installed: run npm ci in " + TOOLS;
            if (Command.onCi()) {
                fail(message + " (.ci/run does)");
            }
            Assumptions.abort(message + ": skipped");
        }
    }
}
