package io.github.m365health.graph;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every reported exchange and retry, in order. */
final class RecordingTelemetry implements GraphTelemetry {

    record Event(String kind, GraphEndpoint endpoint, String value) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void requestCompleted(GraphEndpoint endpoint, String code) {
        events.add(new Event("request", endpoint, code));
    }

    @Override
    public void retried(GraphEndpoint endpoint, String reason) {
        events.add(new Event("retry", endpoint, reason));
    }

    long requests(GraphEndpoint endpoint, String code) {
        return events.stream().filter(e -> e.equals(new Event("request", endpoint, code))).count();
    }

    long retries(GraphEndpoint endpoint, String reason) {
        return events.stream().filter(e -> e.equals(new Event("retry", endpoint, reason))).count();
    }

    /** Codes of the exchanges with one endpoint, in order. */
    List<String> codes(GraphEndpoint endpoint) {
        return events.stream().filter(e -> e.kind().equals("request") && e.endpoint() == endpoint).map(Event::value).toList();
    }

    List<String> retryReasons(GraphEndpoint endpoint) {
        return events.stream().filter(e -> e.kind().equals("retry") && e.endpoint() == endpoint).map(Event::value).toList();
    }
}
