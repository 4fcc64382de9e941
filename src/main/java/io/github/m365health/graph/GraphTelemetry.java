package io.github.m365health.graph;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Where the Graph client of one tenant reports each HTTP exchange and retry, as plain values
 * (the endpoint's label and a code or reason), so that whoever records them needs no type of
 * this package; the metrics' recorder is plugged in where the exporter is wired.
 *
 * @param requests receives the endpoint label and the HTTP status as text, or a short word when no
 *                 response came ({@code timeout}, {@code network_error})
 * @param retries  receives the endpoint label and the reason, e.g. {@code throttled}, {@code unavailable},
 *                 {@code unauthorized}, {@code timeout}
 */
public record GraphTelemetry(BiConsumer<String, String> requests, BiConsumer<String, String> retries) {

    public static final GraphTelemetry NONE = new GraphTelemetry((endpoint, code) -> { }, (endpoint, reason) -> { });

    public GraphTelemetry {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(retries, "retries");
    }

    public void requestCompleted(GraphEndpoint endpoint, String code) {
        requests.accept(endpoint.label(), code);
    }

    public void retried(GraphEndpoint endpoint, String reason) {
        retries.accept(endpoint.label(), reason);
    }
}
