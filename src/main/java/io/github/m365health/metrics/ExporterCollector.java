package io.github.m365health.metrics;

import io.github.m365health.config.TenantShard;
import io.github.m365health.log.Log;
import io.github.m365health.health.TenantState;
import io.github.m365health.health.TenantStates;
import io.prometheus.client.Collector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the current state of every tenant on each scrape, building fresh families every time
 * (the exporter guideline: never update instrumented gauges from a cache). A scrape only reads
 * the immutable {@link TenantState}s the pollers published; it never calls Graph.
 *
 * <p>A tenant whose data cannot be rendered loses its data series for that scrape but keeps its
 * {@code m365_up} and poll series; the scrape itself never fails, since a 500 would blank every
 * other tenant too.
 */
final class ExporterCollector extends Collector implements Collector.Describable {

    private static final Log LOG = Log.of(ExporterCollector.class);

    private final TenantStates states;
    private final BuildInfo buildInfo;
    private final TenantShard shard;
    private final GraphCounters graphCounters;
    private final TenantSection pollSection;
    private final List<TenantSection> dataSections;
    private final Set<String> failingTenants = ConcurrentHashMap.newKeySet();
    private TranslationCounters translationCounters;
    private volatile WebInfo webInfo;

    ExporterCollector(TenantStates states, BuildInfo buildInfo, TenantShard shard, GraphCounters graphCounters,
                      TenantSection pollSection, List<TenantSection> dataSections) {
        this.states = states;
        this.buildInfo = buildInfo;
        this.shard = shard;
        this.graphCounters = graphCounters;
        this.pollSection = pollSection;
        this.dataSections = List.copyOf(dataSections);
    }

    /** Adds the translation counters after the Graph counters; called once, before registering. */
    ExporterCollector withTranslationCounters(TranslationCounters counters) {
        this.translationCounters = counters;
        return this;
    }

    /**
     * Adds the web info last. It is part of this collector rather than registered beside it, as
     * the registry's own order of collectors is a hash order: one collector keeps the answer's
     * family order fixed, the same in the joined fragments as in the writer's.
     */
    void exposeWebInfo(WebInfo info) {
        this.webInfo = info;
    }

    @Override
    public List<MetricFamilySamples> collect() {
        List<Families> parts = new ArrayList<>();
        parts.add(exporterFamilies());
        for (TenantState state : byTenantName(currentStates())) {
            parts.add(renderTenant(state));
        }
        List<MetricFamilySamples> out = Families.join(MetricFamilies.ALL, parts);
        out.addAll(graphCounters.collect());
        if (translationCounters != null) {
            out.addAll(translationCounters.collect());
        }
        WebInfo web = webInfo;
        if (web != null) {
            out.addAll(web.collect());
        }
        return out;
    }

    /** The families of the exporter itself: build and shard info. */
    Families exporterFamilies() {
        Families build = new Families(MetricFamilies.ALL);
        build.get(MetricFamilies.BUILD_INFO).set(1, buildInfo.version(), buildInfo.revision(), buildInfo.javaVersion());
        build.get(MetricFamilies.SHARD_INFO).set(1, Integer.toString(shard.index()), Integer.toString(shard.count()));
        return build;
    }

    GraphCounters graphCounters() {
        return graphCounters;
    }

    /** Null until translation is configured. */
    TranslationCounters translationCounters() {
        return translationCounters;
    }

    /** Null until the external URL is exposed. */
    WebInfo webInfo() {
        return webInfo;
    }

    @Override
    public List<MetricFamilySamples> describe() {
        List<MetricFamilySamples> out = new ArrayList<>();
        for (FamilySpec spec : MetricFamilies.ALL) {
            out.add(new Family(spec).toSamples());
        }
        out.addAll(graphCounters.describe());
        if (translationCounters != null) {
            out.addAll(translationCounters.describe());
        }
        return out;
    }

    List<TenantState> currentStates() {
        try {
            return states.current();
        } catch (RuntimeException e) {
            LOG.error("reading tenant states failed; serving build info and Graph counters only", e);
            return List.of();
        }
    }

    /**
     * Tenant names are unique by configuration; should two states share one anyway, only the
     * first is rendered, as duplicate series would make Prometheus reject the whole scrape.
     */
    static Collection<TenantState> byTenantName(List<TenantState> states) {
        Map<String, TenantState> sorted = new TreeMap<>();
        for (TenantState state : states) {
            sorted.putIfAbsent(state.tenant(), state);
        }
        return sorted.values();
    }

    /**
     * The self series, plus the data series if all of them render: data goes into families of
     * its own first, so a failure part-way leaves no half-rendered tenant in the scrape.
     */
    Families renderTenant(TenantState state) {
        String tenant = state.tenant();
        Families rendered = new Families(MetricFamilies.ALL);
        try {
            pollSection.render(state, rendered);
            Families data = new Families(MetricFamilies.ALL);
            for (TenantSection section : dataSections) {
                section.render(state, data);
            }
            rendered.addAll(data);
            if (failingTenants.remove(tenant)) {
                LOG.info("tenant renders again", "tenant", tenant);
            }
        } catch (RuntimeException e) {
            if (failingTenants.add(tenant)) {
                LOG.error("rendering tenant failed; its data series are left out until it renders again", e,
                        "tenant", tenant);
            }
        }
        return rendered;
    }
}
