package io.github.m365health.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The families that change between polls rather than with a tenant's published state: the Graph
 * and translation counters, and the web info. They come last in the answer, and with them the
 * format's trailer. Their {@link Version} says when rendering them again would give other bytes.
 */
final class LiveFamilies {

    /**
     * The counters' change counts and the web info exposed. Read before rendering: a counter
     * counts its change after making it, so text rendered after reading a version holds at least
     * that version's values, and a later change shows as a new version.
     */
    record Version(long graph, long translation, WebInfo web) {
    }

    private final ExporterCollector collector;

    LiveFamilies(ExporterCollector collector) {
        this.collector = collector;
    }

    Version version() {
        TranslationCounters translation = collector.translationCounters();
        return new Version(collector.graphCounters().changes(), translation == null ? -1 : translation.changes(),
                collector.webInfo());
    }

    /** The live families of the tenants accepted, as the format writes them, with its trailer. */
    String render(ExpositionFormat format, Predicate<String> tenants) {
        List<MetricFamilySamples> out = graphCounters(tenants);
        TranslationCounters translation = collector.translationCounters();
        if (translation != null) {
            out.addAll(translation.collect());
        }
        WebInfo web = collector.webInfo();
        if (web != null) {
            out.addAll(web.collect());
        }
        return format.write(out);
    }

    private List<MetricFamilySamples> graphCounters(Predicate<String> tenants) {
        List<MetricFamilySamples> out = new ArrayList<>();
        for (MetricFamilySamples family : collector.graphCounters().collect()) {
            List<Sample> kept = new ArrayList<>(family.samples.size());
            for (Sample sample : family.samples) {
                int at = sample.labelNames.indexOf("tenant");
                if (at < 0 || tenants.test(sample.labelValues.get(at))) {
                    kept.add(sample);
                }
            }
            // As GraphCounters leaves out a family with no series, so does the split answer.
            if (!kept.isEmpty()) {
                out.add(new MetricFamilySamples(family.name, family.unit, family.type, family.help, kept));
            }
        }
        return out;
    }
}
