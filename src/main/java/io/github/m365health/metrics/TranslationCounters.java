package io.github.m365health.metrics;

import io.github.m365health.translate.TranslationTelemetry;
import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import io.prometheus.client.Counter;
import java.util.ArrayList;
import java.util.List;

/**
 * Live counters of the calls to the translation service and the characters sent, the unit it
 * bills. Exposed by {@link ExporterCollector} after the Graph counters; absent until translation
 * is configured, then present from the start with zero.
 */
final class TranslationCounters implements TranslationTelemetry {

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

    @Override
    public void requestCompleted(String provider, String code) {
        requests.labels(LabelValues.trim(provider), LabelValues.trim(code)).inc();
    }

    @Override
    public void charactersSent(String provider, long count) {
        characters.labels(LabelValues.trim(provider)).inc(count);
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
