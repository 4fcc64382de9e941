package io.github.m365health.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Counter;
import java.util.List;

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

    private final LiveCounters live = new LiveCounters(requests, characters);

    /** @param code the HTTP status as text, or {@code timeout} / {@code network_error} */
    public void requestCompleted(String provider, String code) {
        requests.labels(LabelValues.trim(provider), LabelValues.trim(code)).inc();
        live.changed();
    }

    public void charactersSent(String provider, long count) {
        characters.labels(LabelValues.trim(provider)).inc(count);
        live.changed();
    }

    /** See {@link LiveCounters#changed()}. */
    long changes() {
        return live.changes();
    }

    List<MetricFamilySamples> collect() {
        return live.collect();
    }

    List<MetricFamilySamples> describe() {
        return live.describe();
    }
}
