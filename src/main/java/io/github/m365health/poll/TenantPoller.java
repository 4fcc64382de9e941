package io.github.m365health.poll;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.graph.GraphApi;
import io.github.m365health.graph.GraphException;
import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Listing;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageTracker;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.Tracker;
import io.github.m365health.health.TenantState;
import io.github.m365health.health.TenantStateBoard;
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
 * One poll of one tenant, the one place the data flows through: fetch complete listings, track
 * what changed against the stored history ({@link Tracker}, {@link MessageTracker}: pure), have the store commit those
 * changes in one transaction, publish the snapshot built from the store's state. A listing that fails leaves the store and the published data exactly as they were;
 * only its endpoint status changes.
 */
public final class TenantPoller {

    private static final Log LOG = Log.of(TenantPoller.class);

    private final String tenant;
    private final ServiceFilter filter;
    private final GraphApi graph;
    private final Tracker tracker;
    private final History history;
    private final TenantStateBoard board;
    private final Clock clock;
    private final PollIntervals intervals;
    private final ReviewFetcher reviews;
    private final PollListener listener;

    public TenantPoller(String tenant, ServiceFilter filter, GraphApi graph, Tracker tracker, History history,
                        TenantStateBoard board, Clock clock, PollIntervals intervals) {
        this(tenant, filter, graph, tracker, history, board, clock, intervals, null, PollListener.NONE);
    }

    /**
     * @param reviews  fetches post-incident reviews after each stored health poll; null for none
     * @param listener told about each stored poll, after its commit
     */
    public TenantPoller(String tenant, ServiceFilter filter, GraphApi graph, Tracker tracker, History history,
                        TenantStateBoard board, Clock clock, PollIntervals intervals, ReviewFetcher reviews,
                        PollListener listener) {
        this.reviews = reviews;
        this.listener = listener;
        this.tenant = tenant;
        this.filter = filter;
        this.graph = graph;
        this.tracker = tracker;
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
            markFailed(Listing.ISSUES, started, "issues: not fetched: health_overviews failed");
            fail(Listing.HEALTH_OVERVIEWS, started, e);
            return;
        }
        Instant servicesDone = clock.instant();
        List<Issue> issues;
        try {
            issues = graph.listIssues(deadline);
        } catch (GraphException e) {
            fetchedButNotStored(Listing.HEALTH_OVERVIEWS, started, servicesDone);
            fail(Listing.ISSUES, servicesDone, e);
            return;
        }
        if (commit(List.of(Listing.HEALTH_OVERVIEWS, Listing.ISSUES),
                Map.of(Listing.HEALTH_OVERVIEWS, started, Listing.ISSUES, servicesDone),
                now -> history.recordHealth(tenant, services, tracker.track(history.issues(tenant), issues, now), now))) {
            tell(() -> listener.healthStored(tenant, issues));
            if (reviews != null) {
                reviews.fetchDue(deadline);
            }
        }
    }

    public void pollMessages() {
        Instant started = clock.instant();
        List<Message> messages;
        try {
            messages = graph.listMessages(intervals.messagesDeadline(started));
        } catch (GraphException e) {
            fail(Listing.MESSAGES, started, e);
            return;
        }
        if (commit(List.of(Listing.MESSAGES), Map.of(Listing.MESSAGES, started),
                now -> history.recordMessages(tenant, MessageTracker.track(history.messages(tenant), messages, now), now))) {
            tell(() -> listener.messagesStored(tenant, messages));
        }
    }

    private void tell(Runnable notice) {
        try {
            notice.run();
        } catch (RuntimeException e) {
            LOG.error("poll listener failed; the poll is stored all the same", e, "tenant", tenant);
        }
    }

    @FunctionalInterface
    private interface Write {
        void apply(Instant now) throws StoreException;
    }

    // Serialised per tenant: the health and the message poll may finish together, and the later
    // snapshot must be the one that stays published.
    private synchronized boolean commit(List<Listing> endpoints, Map<Listing, Instant> starts, Write write) {
        Instant now = clock.instant();
        try {
            write.apply(now);
            var snapshot = history.snapshot(tenant, filter, now);
            Instant done = clock.instant();
            board.update(tenant, old -> {
                Map<Listing, EndpointStatus> statuses = new HashMap<>(old.endpoints());
                endpoints.forEach(e -> statuses.put(e, new EndpointStatus(true, done, Duration.between(starts.get(e), done))));
                boolean anyFailed = statuses.values().stream().anyMatch(s -> !s.lastSucceeded());
                return new TenantState(tenant, snapshot, statuses, anyFailed ? old.lastError() : "");
            });
            LOG.debug("poll stored", "tenant", tenant, "endpoints", endpoints.size());
            return true;
        } catch (StoreException e) {
            LOG.error("poll not stored", "tenant", tenant, "err", e.getMessage());
            endpoints.forEach(endpoint -> markFailed(endpoint, starts.get(endpoint), "state store: " + e.getMessage()));
            return false;
        }
    }

    private void fetchedButNotStored(Listing endpoint, Instant started, Instant done) {
        // A listing fetched but not stored (its partner listing failed) still proves Graph answered.
        board.update(tenant, old -> withStatus(old, endpoint,
                new EndpointStatus(true, done, Duration.between(started, done)), old.lastError()));
    }

    private void fail(Listing endpoint, Instant started, GraphException e) {
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

    private void markFailed(Listing endpoint, Instant started, String error) {
        Instant done = clock.instant();
        board.update(tenant, old -> {
            EndpointStatus previous = old.endpoints().get(endpoint);
            Instant lastSuccess = previous == null ? null : previous.lastSuccess();
            return withStatus(old, endpoint, new EndpointStatus(false, lastSuccess, Duration.between(started, done)), error);
        });
    }

    private static TenantState withStatus(TenantState old, Listing endpoint, EndpointStatus status, String error) {
        Map<Listing, EndpointStatus> statuses = new HashMap<>(old.endpoints());
        statuses.put(endpoint, status);
        return new TenantState(old.tenant(), old.snapshot(), statuses, error);
    }
}
