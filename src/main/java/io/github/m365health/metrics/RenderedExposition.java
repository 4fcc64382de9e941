package io.github.m365health.metrics;

import io.github.m365health.health.TenantState;
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
import java.util.zip.GZIPOutputStream;

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

    /**
     * Below this many bytes of answer, compressing it whole on the request costs little and gives
     * a much smaller answer than many small members would (each has its own header and dictionary).
     */
    static final int LIVE_GZIP_BELOW = 256 << 10;

    private final ExporterCollector collector;
    private final int liveGzipBelow;
    private final Map<String, TenantFragment> fragments = new ConcurrentHashMap<>();
    private final Map<ExpositionFormat, Map<FamilySpec, String>> headers = new EnumMap<>(ExpositionFormat.class);
    private final Map<ExpositionFormat, Map<FamilySpec, byte[]>> gzipHeaders = new EnumMap<>(ExpositionFormat.class);

    RenderedExposition(ExporterCollector collector) {
        this(collector, LIVE_GZIP_BELOW);
    }

    RenderedExposition(ExporterCollector collector, int liveGzipBelow) {
        this.collector = collector;
        this.liveGzipBelow = liveGzipBelow;
        for (ExpositionFormat format : ExpositionFormat.values()) {
            Map<FamilySpec, String> byFamily = new HashMap<>();
            for (FamilySpec spec : MetricFamilies.ALL) {
                byFamily.put(spec, format.header(new Family(spec).toSamples()));
            }
            headers.put(format, byFamily);
            Map<FamilySpec, byte[]> compressed = new HashMap<>();
            byFamily.forEach((spec, header) -> compressed.put(spec, GzipMember.of(utf8(header))));
            gzipHeaders.put(format, compressed);
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

    /**
     * Writes the answer for the tenants accepted; with {@code gzip}, as a gzip stream joined from
     * members compressed when the fragments were rendered.
     */
    void write(ExpositionFormat format, Predicate<String> tenants, boolean gzip, OutputStream out) throws IOException {
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
        if (gzip && plainSize(format, parts) < liveGzipBelow) {
            GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
            join(format, parts, tenants, false, zip);
            zip.finish();
            return;
        }
        join(format, parts, tenants, gzip, out);
    }

    private static long plainSize(ExpositionFormat format, List<TenantFragment> parts) {
        long size = 0;
        for (TenantFragment part : parts) {
            for (FamilySpec spec : MetricFamilies.ALL) {
                byte[] lines = part.lines(format, spec, false);
                size += lines == null ? 0 : lines.length;
            }
        }
        return size;
    }

    private void join(ExpositionFormat format, List<TenantFragment> parts, Predicate<String> tenants, boolean gzip,
                      OutputStream out) throws IOException {
        for (FamilySpec spec : MetricFamilies.ALL) {
            boolean headerWritten = false;
            for (TenantFragment part : parts) {
                byte[] lines = part.lines(format, spec, gzip);
                if (lines == null) {
                    continue;
                }
                if (!headerWritten) {
                    out.write(gzip ? gzipHeaders.get(format).get(spec) : utf8(headers.get(format).get(spec)));
                    headerWritten = true;
                }
                out.write(lines);
            }
        }
        // The writer ends the last families with the format's trailer (OpenMetrics' EOF).
        byte[] live = utf8(format.write(liveFamilies(tenants)));
        out.write(gzip ? GzipMember.of(live) : live);
    }

    /** The counters and info families that change between polls, so are never cached. */
    private List<MetricFamilySamples> liveFamilies(Predicate<String> tenants) {
        List<MetricFamilySamples> out = graphCounters(tenants);
        TranslationCounters translation = collector.translationCounters();
        if (translation != null) {
            out.addAll(translation.collect());
        }
        WebInfo web = collector.webInfo();
        if (web != null) {
            out.addAll(web.collect());
        }
        return out;
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

    private TenantFragment render(TenantState source, Families families) {
        Map<ExpositionFormat, Map<FamilySpec, byte[]>> plain = new EnumMap<>(ExpositionFormat.class);
        Map<ExpositionFormat, Map<FamilySpec, byte[]>> gzip = new EnumMap<>(ExpositionFormat.class);
        for (ExpositionFormat format : ExpositionFormat.values()) {
            Map<FamilySpec, byte[]> lines = new HashMap<>();
            Map<FamilySpec, byte[]> compressed = new HashMap<>();
            for (FamilySpec spec : MetricFamilies.ALL) {
                Family family = families.get(spec);
                if (!family.isEmpty()) {
                    byte[] bytes = utf8(format.sampleLines(family.toSamples(), headers.get(format).get(spec)));
                    lines.put(spec, bytes);
                    compressed.put(spec, GzipMember.of(bytes));
                }
            }
            plain.put(format, lines);
            gzip.put(format, compressed);
        }
        return new TenantFragment(source, plain, gzip);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
