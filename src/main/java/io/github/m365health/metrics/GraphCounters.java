package io.github.m365health.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Counter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Live counters of the HTTP traffic to Graph and the token endpoint. Unlike the tenant data these
 * are direct instrumentation, updated by the Graph client as calls happen; they are exposed by
 * {@link ExporterCollector} rather than registered on their own, so that one collector owns the
 * order of the whole exposition.
 */
public final class GraphCounters {

    private final Counter requests = Counter.build()
            .name("m365_graph_requests")
            .help("HTTP calls to Microsoft Graph and the token endpoint, by endpoint and response code"
                    + " (or timeout, network_error when no response came).")
            .labelNames("tenant", "endpoint", "code")
            .withoutExemplars()
            .create();

    private final Counter retries = Counter.build()
            .name("m365_graph_retries")
            .help("Retries of calls to Microsoft Graph and the token endpoint, by endpoint and reason.")
            .labelNames("tenant", "endpoint", "reason")
            .withoutExemplars()
            .create();

    private final LiveCounters live = new LiveCounters(requests, retries);

    /** The recorder one tenant's Graph client reports to; each call names the tenant in its labels. */
    public GraphTraffic forTenant(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return new GraphTraffic(this, LabelValues.trim(tenant));
    }

    void requestCompleted(String tenantLabel, String endpoint, String code) {
        requests.labels(tenantLabel, endpoint, LabelValues.trim(code)).inc();
        live.changed();
    }

    void startRetriesAtZero(String tenantLabel, Collection<String> endpoints, Collection<String> reasons) {
        for (String endpoint : endpoints) {
            for (String reason : reasons) {
                // Touching a child creates its series at 0.
                retries.labels(tenantLabel, endpoint, reason);
            }
        }
        live.changed();
    }

    void retried(String tenantLabel, String endpoint, String reason) {
        retries.labels(tenantLabel, endpoint, LabelValues.trim(reason)).inc();
        live.changed();
    }

    /** See {@link LiveCounters#changed()}. */
    long changes() {
        return live.changes();
    }

    /** Both counters, series sorted by labels, without {@code _created}. */
    List<MetricFamilySamples> collect() {
        return live.collect();
    }

    List<MetricFamilySamples> describe() {
        return live.describe();
    }
}
