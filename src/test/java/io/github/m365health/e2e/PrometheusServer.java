package io.github.m365health.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.testing.Eventually;
import io.github.m365health.testing.ExternalTool;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real Prometheus from Debian's package, on loopback, with its data in a temporary folder. */
public final class PrometheusServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceProcess process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PrometheusServer(ServiceProcess process) {
        this.process = process;
    }

    /** @param config prometheus.yml text; rule_files in it may name files relative to {@code workDir} */
    public static PrometheusServer start(Path workDir, String config) throws IOException {
        Path binary = ExternalTool.locate("prometheus", "prometheus", System.getenv()).requireExecutable();
        Path configFile = workDir.resolve("prometheus.yml");
        Files.writeString(configFile, config);
        PrometheusServer server = new PrometheusServer(ServiceProcess.start(List.of(binary.toString(),
                "--config.file=" + configFile,
                "--storage.tsdb.path=" + dataDirectory(workDir),
                "--web.listen-address=127.0.0.1:0",
                "--log.level=info"), workDir, Duration.ofSeconds(30)));
        server.awaitReady(Duration.ofSeconds(30));
        return server;
    }

    /**
     * Prometheus logs its address before its storage is open and answers queries with 503
     * "Service Unavailable" until then; wait for {@code /-/ready}.
     */
    private void awaitReady(Duration timeout) throws IOException {
        try {
            Eventually.await("Prometheus to answer /-/ready", timeout, this::readiness, status -> status == 200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException("interrupted while Prometheus was starting", e);
        } catch (AssertionError e) {
            close();
            throw new IOException(e.getMessage() + "\n" + log(), e);
        }
    }

    /** The status {@code /-/ready} answers, or 0 while nothing answers yet. */
    private int readiness() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/-/ready")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Where {@link #start} keeps the TSDB: blocks written there beforehand (a backfill) are loaded at start. */
    public static Path dataDirectory(Path workDir) {
        return workDir.resolve("data");
    }

    public String baseUrl() {
        return process.baseUrl();
    }

    /** An instant query; returns the {@code data} object, or throws with Prometheus's error. */
    public JsonNode query(String expr) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
    }

    public JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (!"success".equals(body.path("status").asText())) {
            throw new IOException(pathAndQuery + ": " + body.path("errorType").asText() + ": " + body.path("error").asText());
        }
        return body.path("data");
    }

    public String log() throws IOException {
        return process.log();
    }

    @Override
    public void close() {
        process.close();
    }
}
