package io.github.m365health.metrics;

import java.util.Collection;

/**
 * Records one tenant's HTTP traffic to Graph and the token endpoint into the exporter's counters.
 * Takes plain label values, so the Graph client reports here without either package knowing the
 * other's types.
 */
public final class GraphTraffic {

    private final GraphCounters counters;
    private final String tenantLabel;

    GraphTraffic(GraphCounters counters, String tenantLabel) {
        this.counters = counters;
        this.tenantLabel = tenantLabel;
    }

    /** @param code the HTTP status as text, or {@code timeout} / {@code network_error} when no response came */
    public void requestCompleted(String endpoint, String code) {
        counters.requestCompleted(tenantLabel, endpoint, code);
    }

    /**
     * Creates every {@code endpoints} × {@code reasons} retry series at 0, so that dashboards and
     * alerts on retries see 0 rather than nothing before the first retry.
     */
    public void startRetriesAtZero(Collection<String> endpoints, Collection<String> reasons) {
        counters.startRetriesAtZero(tenantLabel, endpoints, reasons);
    }

    public void retried(String endpoint, String reason) {
        counters.retried(tenantLabel, endpoint, reason);
    }
}
