package io.github.m365health.e2e;

import io.github.m365health.metrics.Exposition;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Real HTTP requests to an exporter on loopback, as Prometheus or a browser makes them. */
final class ExporterHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final InetSocketAddress address;

    ExporterHttp(InetSocketAddress address) {
        this.address = address;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + address.getPort() + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code GET /metrics}, which must answer 200 with an exposition that reads back strictly. */
    Scrape scrape() throws IOException, InterruptedException {
        Instant at = Instant.now();
        HttpResponse<String> response = get("/metrics");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /metrics answered " + response.statusCode() + ": " + response.body());
        }
        return new Scrape(at, response.body(), Exposition.parse(response.body()));
    }
}
