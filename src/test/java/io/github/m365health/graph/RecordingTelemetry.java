package io.github.m365health.graph;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every reported exchange and retry, in order. */
final class RecordingTelemetry {

    record Event(String kind, String endpoint, String value) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    /** What the Graph client under test reports to. */
    GraphTelemetry telemetry() {
        return new GraphTelemetry(
                (endpoint, code) -> events.add(new Event("request", endpoint, code)),
                (endpoint, reason) -> events.add(new Event("retry", endpoint, reason)));
    }

    long requests(GraphEndpoint endpoint, String code) {
        return events.stream().filter(e -> e.equals(new Event("request", endpoint.label(), code))).count();
    }

    long retries(GraphEndpoint endpoint, String reason) {
        return events.stream().filter(e -> e.equals(new Event("retry", endpoint.label(), reason))).count();
    }

    /** Codes of the exchanges with one endpoint, in order. */
    List<String> codes(GraphEndpoint endpoint) {
        return events.stream().filter(e -> e.kind().equals("request") && e.endpoint().equals(endpoint.label()))
                .map(Event::value).toList();
    }

    List<String> retryReasons(GraphEndpoint endpoint) {
        return events.stream().filter(e -> e.kind().equals("retry") && e.endpoint().equals(endpoint.label()))
                .map(Event::value).toList();
    }
}
