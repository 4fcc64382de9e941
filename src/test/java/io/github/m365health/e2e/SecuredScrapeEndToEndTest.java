package io.github.m365health.e2e;

import io.github.m365health.testing.EndToEnd;
import io.github.m365health.testing.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.cli.InProcessExporter;
import io.github.m365health.cli.RunningExporter;
import io.github.m365health.web.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prometheus itself scrapes the exporter through a {@code --web.config.file} that asks for TLS,
 * a client certificate from our CA and a bcrypt password, as an operator would set it up; scrapes
 * without the password or without TLS fail, and Prometheus says why.
 */
@EndToEnd
class SecuredScrapeEndToEndTest {

    private static final Duration SCRAPED = Duration.ofSeconds(60);
    private static final String PASSWORD = "scrape-me-" + System.nanoTime();

    @TempDir
    Path dir;

    @Test
    void prometheusScrapesThroughTlsClientCertificateAndBasicAuth() throws Exception {
        Path pkiDir = Files.createDirectory(dir.resolve("pki"));
        TestPki pki = TestPki.create(pkiDir);
        Path webConfig = dir.resolve("web.yml");
        Files.writeString(webConfig, """
                tls_server_config:
                  cert_file: pki/server.crt
                  key_file: pki/server.key
                  client_auth_type: RequireAndVerifyClientCert
                  client_ca_file: pki/ca.pem
                basic_auth_users:
                  prometheus: %s
                http_server_config:
                  headers:
                    X-Content-Type-Options: nosniff
                """.formatted(BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(10, PASSWORD.toCharArray())));
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, PASSWORD);

        try (RunningExporter exporter = InProcessExporter.start("--demo", "--demo.speed=20", "--web.listen-address=127.0.0.1:0",
                "--web.config.file", webConfig.toString());
             PrometheusServer prometheus = PrometheusServer.start(Files.createDirectory(dir.resolve("prometheus")),
                     prometheusConfig(exporter.address().getPort(), pki, passwordFile))) {

            JsonNode demoUp = Eventually.await("Prometheus scraped m365_up of the demo tenant", SCRAPED,
                    () -> prometheus.query("m365_up{job=\"secured\", tenant=\"demo\"}").path("result"),
                    result -> result.size() == 1);
            assertEquals("https", targets(prometheus).get("secured").path("scrapeUrl").asText().substring(0, 5));
            assertTrue(demoUp.get(0).path("value").get(1).asText().matches("[01]"));

            // A busy machine may time a scrape out once; what counts is the answer Prometheus gets.
            Map<String, JsonNode> targets = Eventually.await("the wrong password answered with 401", SCRAPED,
                    () -> targets(prometheus), t -> t.get("wrong-password").path("lastError").asText().contains("401")
                            && t.values().stream().noneMatch(x -> x.path("health").asText().equals("unknown")));
            assertEquals("up", targets.get("secured").path("health").asText(), targets.get("secured").toString());
            assertEquals("down", targets.get("wrong-password").path("health").asText());
            assertTrue(targets.get("wrong-password").path("lastError").asText().contains("401"),
                    targets.get("wrong-password").toString());
            assertEquals("down", targets.get("no-client-certificate").path("health").asText());
            assertEquals("down", targets.get("plain-http").path("health").asText());
        }
    }

    private static Map<String, JsonNode> targets(PrometheusServer prometheus) throws Exception {
        Map<String, JsonNode> byJob = new HashMap<>();
        prometheus.get("/api/v1/targets").path("activeTargets")
                .forEach(target -> byJob.put(target.path("labels").path("job").asText(), target));
        return byJob;
    }

    private static String prometheusConfig(int port, TestPki pki, Path passwordFile) {
        String target = "    static_configs:\n      - targets: ['127.0.0.1:" + port + "']\n";
        String tls = "    scheme: https\n    tls_config:\n      ca_file: " + pki.caPem() + "\n";
        String clientCert = "      cert_file: " + pki.clientCertPem() + "\n      key_file: " + pki.clientKeyPem() + "\n";
        return "global:\n  scrape_interval: 2s\n  scrape_timeout: 2s\nscrape_configs:\n"
                + "  - job_name: secured\n" + tls + clientCert
                + "    basic_auth:\n      username: prometheus\n      password_file: " + passwordFile + "\n" + target
                + "  - job_name: wrong-password\n" + tls + clientCert
                + "    basic_auth:\n      username: prometheus\n      password: not-it\n" + target
                + "  - job_name: no-client-certificate\n" + tls
                + "    basic_auth:\n      username: prometheus\n      password_file: " + passwordFile + "\n" + target
                + "  - job_name: plain-http\n"
                + "    basic_auth:\n      username: prometheus\n      password_file: " + passwordFile + "\n" + target;
    }
}
