package io.github.m365health.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import io.prometheus.client.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters updated as calls happen (to Graph, to a translation service), exposed by
 * {@link ExporterCollector} rather than registered on their own, with a count of changes that
 * tells a scrape whether its last rendering of them still holds.
 */
final class LiveCounters {

    private final List<Counter> counters;
    private final AtomicLong changes = new AtomicLong();

    LiveCounters(Counter... counters) {
        this.counters = List.of(counters);
    }

    /**
     * Counts every change, after it was made: a scrape that read {@link #changes()} before
     * collecting has at least those values, so it may keep its rendering until the count moves on.
     */
    void changed() {
        changes.incrementAndGet();
    }

    long changes() {
        return changes.get();
    }

    /**
     * The families that have series, each sorted by labels. The {@code _created} series are
     * dropped: they carry the exporter's start time, which says nothing about the calls and only churns.
     */
    List<MetricFamilySamples> collect() {
        List<MetricFamilySamples> out = new ArrayList<>(counters.size());
        for (Counter counter : counters) {
            for (MetricFamilySamples family : counter.collect()) {
                if (!family.samples.isEmpty()) {
                    out.add(withoutCreated(family));
                }
            }
        }
        return out;
    }

    List<MetricFamilySamples> describe() {
        List<MetricFamilySamples> out = new ArrayList<>();
        for (Counter counter : counters) {
            out.addAll(counter.describe());
        }
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
