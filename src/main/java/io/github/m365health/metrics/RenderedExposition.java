package io.github.m365health.metrics;

import io.github.m365health.poll.TenantState;
import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The /metrics answer joined from tenant fragments, each rendered once per published state rather
 * than on every scrape: a tenant's state only changes when its poll publishes a new one, so
 * between polls a scrape copies bytes. Rendering 100 MSP tenants took over a second and gigabytes
 * of garbage per scrape; joining their fragments is a copy.
 *
 * <p>Fragments hold sample lines per family, so the answer is written family by family (one HELP
 * and TYPE each, then every tenant's lines in tenant order), which is exactly the order and the
 * bytes {@link ExporterCollector} and simpleclient's writer produce for the same states.
 * Concurrent scrapes may both render a tenant whose state just changed; both get equal bytes and
 * the later one is kept, so no lock is held while rendering.
 */
final class RenderedExposition {

    private final ExporterCollector collector;
    private final Map<String, TenantFragment> fragments = new ConcurrentHashMap<>();
    private final Map<ExpositionFormat, Map<FamilySpec, String>> headers = new EnumMap<>(ExpositionFormat.class);

    RenderedExposition(ExporterCollector collector) {
        this.collector = collector;
        for (ExpositionFormat format : ExpositionFormat.values()) {
            Map<FamilySpec, String> byFamily = new HashMap<>();
            for (FamilySpec spec : MetricFamilies.ALL) {
                byFamily.put(spec, format.header(new Family(spec).toSamples()));
            }
            headers.put(format, byFamily);
        }
    }

    /** Renders the tenant's fragment now if its state is newer than the one last rendered. */
    TenantFragment fragmentOf(TenantState state) {
        TenantFragment cached = fragments.get(state.tenant());
        if (cached != null && cached.source() == state) {
            return cached;
        }
        TenantFragment rendered = render(state, collector.renderTenant(state));
        fragments.put(state.tenant(), rendered);
        return rendered;
    }

    void write(ExpositionFormat format, Predicate<String> tenants, OutputStream out) throws IOException {
        List<TenantFragment> parts = new ArrayList<>();
        parts.add(render(null, collector.exporterFamilies()));
        Set<String> current = new HashSet<>();
        for (TenantState state : ExporterCollector.byTenantName(collector.currentStates())) {
            current.add(state.tenant());
            if (tenants.test(state.tenant())) {
                parts.add(fragmentOf(state));
            }
        }
        fragments.keySet().retainAll(current);
        for (FamilySpec spec : MetricFamilies.ALL) {
            boolean headerWritten = false;
            for (TenantFragment part : parts) {
                byte[] lines = part.lines(format, spec);
                if (lines == null) {
                    continue;
                }
                if (!headerWritten) {
                    out.write(utf8(headers.get(format).get(spec)));
                    headerWritten = true;
                }
                out.write(lines);
            }
        }
        // The writer ends the last families with the format's trailer (OpenMetrics' EOF).
        out.write(utf8(format.write(graphCounters(tenants))));
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
            out.add(new MetricFamilySamples(family.name, family.unit, family.type, family.help, kept));
        }
        return out;
    }

    private TenantFragment render(TenantState source, Families families) {
        Map<FamilySpec, byte[]> text = new HashMap<>();
        Map<FamilySpec, byte[]> openMetrics = new HashMap<>();
        for (FamilySpec spec : MetricFamilies.ALL) {
            Family family = families.get(spec);
            if (family.isEmpty()) {
                continue;
            }
            MetricFamilySamples samples = family.toSamples();
            text.put(spec, utf8(ExpositionFormat.TEXT.sampleLines(samples, headers.get(ExpositionFormat.TEXT).get(spec))));
            openMetrics.put(spec, utf8(ExpositionFormat.OPEN_METRICS.sampleLines(samples,
                    headers.get(ExpositionFormat.OPEN_METRICS).get(spec))));
        }
        return new TenantFragment(source, text, openMetrics);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
