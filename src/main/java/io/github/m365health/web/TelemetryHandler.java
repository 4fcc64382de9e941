package io.github.m365health.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.HTTPServer;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.IOException;
import java.net.HttpURLConnection;

/**
 * The telemetry path: simpleclient's handler for GET (format negotiation, gzip, {@code ?name[]=}).
 * HEAD is answered here with the negotiated type and no render: the library's handler writes the
 * body even for HEAD, which the JDK server refuses with an error.
 */
final class TelemetryHandler implements HttpHandler {

    private final HttpHandler scrape;

    TelemetryHandler(CollectorRegistry registry) {
        this.scrape = new HTTPServer.HTTPMetricHandler(registry);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Content-Type",
                    TextFormat.chooseContentType(exchange.getRequestHeaders().getFirst("Accept")));
            exchange.sendResponseHeaders(HttpURLConnection.HTTP_OK, -1);
            return;
        }
        scrape.handle(exchange);
    }
}
