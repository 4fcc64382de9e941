package io.github.m365health.cli;

import io.github.m365health.config.ExporterConfig;
import io.github.m365health.config.TenantConfig;
import io.github.m365health.demo.DemoTenant;
import io.github.m365health.graph.GraphApi;
import io.github.m365health.graph.GraphClients;
import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.graph.GraphTelemetry;
import io.github.m365health.graph.RetryReasons;
import io.github.m365health.graph.Sleeper;
import io.github.m365health.log.Log;
import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.GraphTraffic;
import io.github.m365health.poll.PollIntervals;
import io.github.m365health.poll.PollListener;
import io.github.m365health.poll.PollScheduler;
import io.github.m365health.poll.ReviewFetcher;
import io.github.m365health.poll.TenantPoller;
import io.github.m365health.health.TenantState;
import io.github.m365health.health.TenantStateBoard;
import io.github.m365health.health.Tracker;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.store.StoreException;
import io.github.m365health.web.SlaReportRoute;
import io.github.m365health.translate.TranslationLookup;
import io.github.m365health.translate.TranslationWorker;
import io.github.m365health.web.WebConfigWatch;
import io.github.m365health.web.WebServer;
import io.github.m365health.web.pages.PagesRoute;
import io.github.m365health.web.pages.IssueDocumentsRoute;
import io.github.m365health.web.pages.ReadingSite;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The exporter, assembled and serving: store, pollers, scheduler and HTTP server. Closing it
 * stops them in the reverse order, so no poll writes to a closed store.
 */
public final class RunningExporter implements AutoCloseable {

    private static final Log LOG = Log.of(RunningExporter.class);

    private final List<AutoCloseable> parts;
    private final WebServer web;
    private final CountDownLatch closed = new CountDownLatch(1);

    private RunningExporter(List<AutoCloseable> parts, WebServer web) {
        this.parts = parts;
        this.web = web;
    }

    /**
     * @param tenants the configured tenants plus the demo tenant, if any
     * @param demo    the running demo tenant to stop with the exporter, or null
     */
    static RunningExporter start(Flags flags, ExporterConfig config, List<TenantPlan> tenants, DemoTenant demo, Clock clock)
            throws StoreException, IOException {
        return start(flags, config, tenants, demo, null, clock);
    }

    /** @param translatorStandIn the demo's translation service to stop with the exporter, or null */
    static RunningExporter start(Flags flags, ExporterConfig config, List<TenantPlan> tenants, DemoTenant demo,
                                 AutoCloseable translatorStandIn, Clock clock) throws StoreException, IOException {
        List<AutoCloseable> parts = new ArrayList<>();
        if (demo != null) {
            parts.add(demo);
        }
        if (translatorStandIn != null) {
            parts.add(translatorStandIn);
        }
        try {
            // Read first: a wrong web configuration stops the start before anything else is opened.
            WebConfigWatch webConfig = WebConfigWatch.load(flags.webConfigFile());
            SqliteHistory history = SqliteHistory.open(config, clock);
            parts.add(history);
            history.load(tenants.stream().map(plan -> plan.tenant().name()).toList(),
                    Runtime.getRuntime().availableProcessors());
            List<TenantState> initial = new ArrayList<>();
            for (TenantPlan plan : tenants) {
                // Counters come from the stored history, so they are right from the first scrape.
                initial.add(TenantStateBoard.initialState(
                        history.snapshot(plan.tenant().name(), plan.tenant().services(), clock.instant())));
            }
            TenantStateBoard board = new TenantStateBoard(initial);
            ExporterMetrics metrics = new ExporterMetrics(board, BuildInfo.fromClasspath(), flags.shard(),
                    config.metrics().messages());
            Tracker tracker = new Tracker(config.reopen().followUpWindow());
            PollListener pollListener = PollListener.NONE;
            Optional<TranslationLookup> translations = Optional.empty();
            if (config.translation().isPresent()) {
                TranslationWorker translation = TranslationHook.startWorker(config.translation().get(), history,
                        TranslationHook.telemetry(metrics.translation()), clock);
                parts.add(translation);
                pollListener = new TranslationHook(translation);
                translations = Optional.of(translation.lookup());
            }
            List<TenantPoller> pollers = new ArrayList<>();
            GraphClients.Shared shared = GraphClients.shared();
            for (TenantPlan plan : tenants) {
                TenantConfig tenant = plan.tenant();
                GraphApi graph = GraphClients.create(tenant, clock, Sleeper.REAL,
                        telemetry(metrics.forTenant(tenant.name())), shared);
                pollers.add(new TenantPoller(tenant.name(), tenant.services(), graph, tracker, history, board, clock,
                        plan.intervals(), new ReviewFetcher(tenant.name(), graph, history, clock), pollListener));
            }
            PollScheduler scheduler = new PollScheduler(pollers, new SecureRandom(), clock);
            parts.add(scheduler);
            URI externalUrl = flags.externalUrl().orElse(ExternalUrl.defaultFor(flags.listenAddress()));
            metrics.exposeExternalUrl(externalUrl.toString());
            ReadingSite site = new ReadingSite(history.readModel(),
                    tenants.stream().map(plan -> plan.tenant().name()).toList(), externalUrl, clock, translations);
            PagesRoute pages = new PagesRoute(site,
                    new IssueDocumentsRoute(history.readModel(), history, clock, new PagesRoute(site)));
            // Pages from other packages: one .route(prefix, handler) line each, before start().
            WebServer.Builder builder = WebServer.builder(flags.listenAddress(), flags.telemetryPath(), metrics, board)
                    .route(SlaReportRoute.PATH, new SlaReportRoute(slaReports(config, tenants, externalUrl, clock), clock))
                    .webConfig(webConfig);
            PagesRoute.PREFIXES.forEach(prefix -> builder.route(prefix, pages));
            WebServer web = builder
                    .start();
            parts.add(web);
            scheduler.start();
            LOG.info("listening", "address", hostPort(web.address()));
            LOG.info("started", "version", metrics.buildInfo().version(), "tenants", tenants.size(),
                    "state", config.state().path(), "shard", flags.shard());
            return new RunningExporter(List.copyOf(parts), web);
        } catch (StoreException | IOException | RuntimeException e) {
            closeAll(parts);
            throw e;
        }
    }

    /** The address the HTTP server is bound to, with the real port when port 0 was asked for. */
    public InetSocketAddress address() {
        return web.address();
    }

    /** Blocks until {@link #close()} has run, e.g. from the shutdown hook. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closeAll(parts);
        closed.countDown();
        LOG.info("stopped");
    }

    /** The Graph client reports plain values; the metrics record them. */
    private static GraphTelemetry telemetry(GraphTraffic traffic) {
        traffic.startRetriesAtZero(Arrays.stream(GraphEndpoint.values()).map(GraphEndpoint::label).toList(),
                RetryReasons.ALL);
        return new GraphTelemetry(traffic::requestCompleted, traffic::retried);
    }

    private static void closeAll(List<AutoCloseable> parts) {
        List<AutoCloseable> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        for (AutoCloseable part : reversed) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("shutdown step failed", "part", part.getClass().getSimpleName(), "err", e.getMessage());
            }
        }
    }

    static String hostPort(InetSocketAddress address) {
        if (address.getAddress() != null && address.getAddress().isAnyLocalAddress()) {
            // Every interface: written as the flag takes it, not as [0:0:0:0:0:0:0:0].
            return ":" + address.getPort();
        }
        String host = address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /**
     * Reports read the store through connections of their own, read-only, while the polls write.
     * Their incident links are absolute under the external URL, as the JSON API's are.
     */
    private static StoredSlaReports slaReports(ExporterConfig config, List<TenantPlan> tenants, URI externalUrl,
                                               Clock clock) {
        return new StoredSlaReports(config.state().path(), tenants.stream().map(t -> t.tenant().name()).toList(), clock,
                Optional.of(externalUrl.toString()));
    }

    /** A tenant and how often to poll it: the demo tenant polls faster than real ones may. */
    record TenantPlan(TenantConfig tenant, PollIntervals intervals) {
    }
}
