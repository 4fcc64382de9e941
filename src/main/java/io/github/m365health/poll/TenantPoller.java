package io.github.m365health.poll;

import io.github.m365health.config.ServiceFilter;
import io.github.m365health.graph.GraphApi;
import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.graph.GraphException;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.log.Log;
import io.github.m365health.store.History;
import io.github.m365health.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One poll of one tenant: fetch complete listings, store them in one transaction, publish the new
 * snapshot. A listing that fails leaves the store and the published data exactly as they were;
 * only its endpoint status changes.
 */
public final class TenantPoller {

    private static final Log LOG = Log.of(TenantPoller.class);

    private final String tenant;
    private final ServiceFilter filter;
    private final GraphApi graph;
    private final History history;
    private final TenantStateBoard board;
    private final Clock clock;
    private final PollIntervals intervals;
    private final ReviewFetcher reviews;

    public TenantPoller(String tenant, ServiceFilter filter, GraphApi graph, History history,
                        TenantStateBoard board, Clock clock, PollIntervals intervals) {
        this(tenant, filter, graph, history, board, clock, intervals, null);
    }

    /** @param reviews fetches post-incident reviews after each stored health poll; null for none */
    public TenantPoller(String tenant, ServiceFilter filter, GraphApi graph, History history,
                        TenantStateBoard board, Clock clock, PollIntervals intervals, ReviewFetcher reviews) {
        this.reviews = reviews;
        this.tenant = tenant;
        this.filter = filter;
        this.graph = graph;
        this.history = history;
        this.board = board;
        this.clock = clock;
        this.intervals = intervals;
    }

    public String tenant() {
        return tenant;
    }

    public PollIntervals intervals() {
        return intervals;
    }

    /** healthOverviews and issues, stored together so services and issues never disagree. */
    public void pollHealth() {
        Instant started = clock.instant();
        Instant deadline = intervals.healthDeadline(started);
        List<ServiceHealth> services;
        try {
            services = graph.listHealthOverviews(deadline);
        } catch (GraphException e) {
            // Issues are fetched only together with the services they belong to, so they were not
            // fetched either. They count as failed, without a log line of their own (Graph was not
            // asked), so that readiness, which waits until every listing has been attempted, comes
            // for a tenant whose credentials are wrong and shows m365_up 0 rather than waiting forever.
            markFailed(GraphEndpoint.ISSUES, started, "issues: not fetched: health_overviews failed");
            fail(GraphEndpoint.HEALTH_OVERVIEWS, started, e);
            return;
        }
        Instant servicesDone = clock.instant();
        List<Issue> issues;
        try {
            issues = graph.listIssues(deadline);
        } catch (GraphException e) {
            fetchedButNotStored(GraphEndpoint.HEALTH_OVERVIEWS, started, servicesDone);
            fail(GraphEndpoint.ISSUES, servicesDone, e);
            return;
        }
        commit(List.of(GraphEndpoint.HEALTH_OVERVIEWS, GraphEndpoint.ISSUES),
                Map.of(GraphEndpoint.HEALTH_OVERVIEWS, started, GraphEndpoint.ISSUES, servicesDone),
                now -> history.recordHealth(tenant, services, issues, now));
        if (reviews != null) {
            reviews.fetchDue(deadline);
        }
    }

    public void pollMessages() {
        Instant started = clock.instant();
        List<Message> messages;
        try {
            messages = graph.listMessages(intervals.messagesDeadline(started));
        } catch (GraphException e) {
            fail(GraphEndpoint.MESSAGES, started, e);
            return;
        }
        commit(List.of(GraphEndpoint.MESSAGES), Map.of(GraphEndpoint.MESSAGES, started),
                now -> history.recordMessages(tenant, messages, now));
    }

    @FunctionalInterface
    private interface Write {
        void apply(Instant now) throws StoreException;
    }

    // Serialised per tenant: the health and the message poll may finish together, and the later
    // snapshot must be the one that stays published.
    private synchronized void commit(List<GraphEndpoint> endpoints, Map<GraphEndpoint, Instant> starts, Write write) {
        Instant now = clock.instant();
        try {
            write.apply(now);
            var snapshot = history.snapshot(tenant, filter, now);
            Instant done = clock.instant();
            board.update(tenant, old -> {
                Map<GraphEndpoint, EndpointStatus> statuses = new HashMap<>(old.endpoints());
                endpoints.forEach(e -> statuses.put(e, new EndpointStatus(true, done, Duration.between(starts.get(e), done))));
                boolean anyFailed = statuses.values().stream().anyMatch(s -> !s.lastSucceeded());
                return new TenantState(tenant, snapshot, statuses, anyFailed ? old.lastError() : "");
            });
            LOG.debug("poll stored", "tenant", tenant, "endpoints", endpoints.size());
        } catch (StoreException e) {
            LOG.error("poll not stored", "tenant", tenant, "err", e.getMessage());
            endpoints.forEach(endpoint -> markFailed(endpoint, starts.get(endpoint), "state store: " + e.getMessage()));
        }
    }

    private void fetchedButNotStored(GraphEndpoint endpoint, Instant started, Instant done) {
        // A listing fetched but not stored (its partner listing failed) still proves Graph answered.
        board.update(tenant, old -> withStatus(old, endpoint,
                new EndpointStatus(true, done, Duration.between(started, done)), old.lastError()));
    }

    private void fail(GraphEndpoint endpoint, Instant started, GraphException e) {
        if (Thread.currentThread().isInterrupted()) {
            // The scheduler interrupts polls in flight when the exporter stops; that is no failure
            // of Graph's, and the state is about to be discarded anyway.
            LOG.debug("listing abandoned: the exporter is stopping", "tenant", tenant, "endpoint", endpoint.label());
            return;
        }
        LOG.warn("listing failed", "tenant", tenant, "endpoint", endpoint.label(),
                "status", e.httpStatus(), "code", e.errorCode(),
                "source", e.endpoint() == null ? endpoint.label() : e.endpoint().label(),
                "err", e.getMessage());
        markFailed(endpoint, started, endpoint.label() + ": " + e.getMessage());
    }

    private void markFailed(GraphEndpoint endpoint, Instant started, String error) {
        Instant done = clock.instant();
        board.update(tenant, old -> {
            EndpointStatus previous = old.endpoints().get(endpoint);
            Instant lastSuccess = previous == null ? null : previous.lastSuccess();
            return withStatus(old, endpoint, new EndpointStatus(false, lastSuccess, Duration.between(started, done)), error);
        });
    }

    private static TenantState withStatus(TenantState old, GraphEndpoint endpoint, EndpointStatus status, String error) {
        Map<GraphEndpoint, EndpointStatus> statuses = new HashMap<>(old.endpoints());
        statuses.put(endpoint, status);
        return new TenantState(old.tenant(), old.snapshot(), statuses, error);
    }
}
