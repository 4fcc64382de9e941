package io.github.m365health.metrics;

import io.github.m365health.config.MessageSeries;
import io.github.m365health.config.TenantShard;
import io.github.m365health.health.TenantStates;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.exporter.common.TextFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The exporter's metrics: its own {@link CollectorRegistry} (never the default one) holding one
 * collector that renders every tenant's state, the build info and the Graph counters. This is the
 * object the rest of the program wires; Prometheus types only show to the {@code web} package.
 */
public final class ExporterMetrics {

    private final CollectorRegistry registry = new CollectorRegistry();
    private final GraphCounters graphCounters = new GraphCounters();
    private final TranslationCounters translationCounters = new TranslationCounters();
    private final BuildInfo buildInfo;
    private final TenantShard shard;
    private final ExporterCollector collector;
    private final RenderedExposition rendered;

    /** An exporter that polls every configured tenant. */
    public ExporterMetrics(TenantStates states, BuildInfo buildInfo) {
        this(states, buildInfo, TenantShard.ALL);
    }

    /** One replica of a sharded exporter, which says so in {@code m365_exporter_shard_info}. */
    public ExporterMetrics(TenantStates states, BuildInfo buildInfo, TenantShard shard) {
        this(states, buildInfo, shard, MessageSeries.ACTIONABLE);
    }

    /** With per-post series for the Message Center posts that {@code metrics.messages} names. */
    public ExporterMetrics(TenantStates states, BuildInfo buildInfo, TenantShard shard, MessageSeries messages) {
        this(states, buildInfo, shard, List.of(new IssueSection(), new HistorySection(), new MessageSection(messages)));
    }

    ExporterMetrics(TenantStates states, BuildInfo buildInfo, List<TenantSection> dataSections) {
        this(states, buildInfo, TenantShard.ALL, dataSections);
    }

    ExporterMetrics(TenantStates states, BuildInfo buildInfo, TenantShard shard, List<TenantSection> dataSections) {
        Objects.requireNonNull(states, "states");
        this.buildInfo = Objects.requireNonNull(buildInfo, "buildInfo");
        this.shard = Objects.requireNonNull(shard, "shard");
        this.collector = new ExporterCollector(states, buildInfo, shard, graphCounters, new PollSection(),
                dataSections).withTranslationCounters(translationCounters);
        collector.register(registry);
        this.rendered = new RenderedExposition(collector);
    }

    /** Where the translation client reports its calls and the characters it sent. */
    public TranslationCounters translation() {
        return translationCounters;
    }

    /** The content type of the answer to a scrape that sent this Accept header (null if none). */
    public static String negotiate(String accept) {
        return TextFormat.chooseContentType(accept);
    }

    /**
     * The scrape answer in {@code contentType} (one that {@link #negotiate} gave) for the tenants
     * named in {@code tenants} (empty: every tenant), from fragments rendered once per tenant
     * state; with {@code gzip}, one gzip member per family, kept until a tenant's lines of that
     * family change. The cached arrays themselves, to send in order: callers must not modify them.
     */
    public List<byte[]> exposition(String contentType, Set<String> tenants, boolean gzip) {
        return rendered.answer(ExpositionFormat.of(contentType), tenants, gzip);
    }

    /**
     * Exposes {@code m365_exporter_web_info{external_url}}, so rules and dashboards can link to
     * the pages; call once, at start-up.
     */
    public void exposeExternalUrl(String externalUrl) {
        collector.exposeWebInfo(new WebInfo(Objects.requireNonNull(externalUrl, "externalUrl")));
    }

    /** Where the Graph client of {@code tenant} reports its requests and retries. */
    public GraphTraffic forTenant(String tenant) {
        return graphCounters.forTenant(tenant);
    }

    public BuildInfo buildInfo() {
        return buildInfo;
    }

    /** Which replica this is; the landing page says so too. */
    public TenantShard shard() {
        return shard;
    }

    /** The registry the HTTP server exposes. */
    public CollectorRegistry registry() {
        return registry;
    }
}
