package io.github.m365health.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import io.prometheus.client.Counter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

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

    private final AtomicLong changes = new AtomicLong();

    /** The recorder one tenant's Graph client reports to; each call names the tenant in its labels. */
    public GraphTraffic forTenant(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return new GraphTraffic(this, LabelValues.trim(tenant));
    }

    void requestCompleted(String tenantLabel, String endpoint, String code) {
        requests.labels(tenantLabel, endpoint, LabelValues.trim(code)).inc();
        changes.incrementAndGet();
    }

    void startRetriesAtZero(String tenantLabel, Collection<String> endpoints, Collection<String> reasons) {
        for (String endpoint : endpoints) {
            for (String reason : reasons) {
                // Touching a child creates its series at 0.
                retries.labels(tenantLabel, endpoint, reason);
            }
        }
        changes.incrementAndGet();
    }

    void retried(String tenantLabel, String endpoint, String reason) {
        retries.labels(tenantLabel, endpoint, LabelValues.trim(reason)).inc();
        changes.incrementAndGet();
    }

    /**
     * Counts every change, after making it: a scrape that read this before collecting has at
     * least those values, so it may keep its rendering until the count moves on.
     */
    long changes() {
        return changes.get();
    }

    /**
     * Both counters, series sorted by labels. The {@code _created} series are dropped: they carry
     * the exporter's start time, which says nothing about Graph and only churns.
     */
    List<MetricFamilySamples> collect() {
        List<MetricFamilySamples> out = new ArrayList<>(2);
        for (Counter counter : List.of(requests, retries)) {
            for (MetricFamilySamples family : counter.collect()) {
                if (!family.samples.isEmpty()) {
                    out.add(withoutCreated(family));
                }
            }
        }
        return out;
    }

    List<MetricFamilySamples> describe() {
        List<MetricFamilySamples> out = new ArrayList<>(requests.describe());
        out.addAll(retries.describe());
        return out;
    }

    private static MetricFamilySamples withoutCreated(MetricFamilySamples family) {
        List<Sample> samples = new ArrayList<>(family.samples.size());
        for (Sample sample : family.samples) {
            if (!sample.name.endsWith("_created")) {
                samples.add(sample);
            }
        }
        samples.sort((a, b) -> Family.LABEL_ORDER.compare(a.labelValues, b.labelValues));
        return new MetricFamilySamples(family.name, family.type, family.help, samples);
    }
}
