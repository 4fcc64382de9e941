package io.github.m365health.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import io.prometheus.client.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of the calls to the translation service and the characters sent, the unit it
 * bills. Exposed by {@link ExporterCollector} after the Graph counters; absent until translation
 * is configured, then present from the start with zero. Told in plain values, so the translation
 * client needs no type of this package; the exporter's wiring connects the two.
 */
public final class TranslationCounters {

    private final Counter requests = Counter.build()
            .name("m365_translation_requests")
            .help("HTTP calls to the machine translation service, by provider and response code"
                    + " (or timeout, network_error when no response came).")
            .labelNames("provider", "code")
            .withoutExemplars()
            .create();

    private final Counter characters = Counter.build()
            .name("m365_translation_characters")
            .help("Characters sent for machine translation (the unit providers bill), by provider;"
                    + " counted in the store, so it survives restarts.")
            .labelNames("provider")
            .withoutExemplars()
            .create();

    private final AtomicLong changes = new AtomicLong();

    /** @param code the HTTP status as text, or {@code timeout} / {@code network_error} */
    public void requestCompleted(String provider, String code) {
        requests.labels(LabelValues.trim(provider), LabelValues.trim(code)).inc();
        changes.incrementAndGet();
    }

    public void charactersSent(String provider, long count) {
        characters.labels(LabelValues.trim(provider)).inc(count);
        changes.incrementAndGet();
    }

    /** Counts every change after making it, as {@link GraphCounters#changes()} does and for the same reason. */
    long changes() {
        return changes.get();
    }

    List<MetricFamilySamples> collect() {
        List<MetricFamilySamples> out = new ArrayList<>(2);
        for (Counter counter : List.of(requests, characters)) {
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
        out.addAll(characters.describe());
        return out;
    }

    /** As for the Graph counters: {@code _created} only carries the start time and churns. */
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
