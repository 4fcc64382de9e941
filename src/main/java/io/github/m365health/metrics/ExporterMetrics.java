package io.github.m365health.metrics;

import io.github.m365health.health.TenantStates;
import io.prometheus.client.CollectorRegistry;
import java.util.List;
import java.util.Objects;

/**
 * The exporter's metrics: its own {@link CollectorRegistry} (never the default one) holding one
 * collector that renders every tenant's state, the build info and the Graph counters. This is the
 * object the rest of the program wires; Prometheus types only show to the {@code web} package.
 */
public final class ExporterMetrics {

    private final CollectorRegistry registry = new CollectorRegistry();
    private final GraphCounters graphCounters = new GraphCounters();
    private final BuildInfo buildInfo;

    public ExporterMetrics(TenantStates states, BuildInfo buildInfo) {
        this(states, buildInfo, List.of(new IssueSection(), new HistorySection(), new MessageSection()));
    }

    ExporterMetrics(TenantStates states, BuildInfo buildInfo, List<TenantSection> dataSections) {
        Objects.requireNonNull(states, "states");
        this.buildInfo = Objects.requireNonNull(buildInfo, "buildInfo");
        new ExporterCollector(states, buildInfo, graphCounters, new PollSection(), dataSections).register(registry);
    }

    /** Where the Graph client of {@code tenant} reports its requests and retries. */
    public GraphTraffic forTenant(String tenant) {
        return graphCounters.forTenant(tenant);
    }

    public BuildInfo buildInfo() {
        return buildInfo;
    }

    /** The registry the HTTP server exposes. */
    public CollectorRegistry registry() {
        return registry;
    }
}
