package io.github.m365health.poll;

import io.github.m365health.graph.GraphApi;
import io.github.m365health.graph.GraphException;
import io.github.m365health.health.IncidentReport;
import io.github.m365health.log.Log;
import io.github.m365health.store.IncidentReviews;
import io.github.m365health.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches the post-incident review of each issue of one tenant that reached
 * {@code postIncidentReviewPublished}, once. Graph may answer 404 for a while after the status
 * changes (graph-api.md §1 leaves it open), and may fail: such an issue is tried again on a later
 * poll, after a wait that doubles each time. Nothing here ever fails the poll.
 */
public final class ReviewFetcher {

    private static final Log LOG = Log.of(ReviewFetcher.class);

    static final Duration FIRST_RETRY = Duration.ofMinutes(5);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    private record Retry(int failures, Instant notBefore) {
    }

    private final String tenant;
    private final GraphApi graph;
    private final IncidentReviews reviews;
    private final Clock clock;
    // Only the poller's thread of this tenant touches it; health polls of a tenant never overlap.
    private final Map<String, Retry> retries = new HashMap<>();

    public ReviewFetcher(String tenant, GraphApi graph, IncidentReviews reviews, Clock clock) {
        this.tenant = tenant;
        this.graph = graph;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Fetches the reviews that are due, within {@code deadline}. */
    public void fetchDue(Instant deadline) {
        List<String> awaiting;
        try {
            awaiting = reviews.awaitingReview(tenant);
        } catch (StoreException e) {
            LOG.warn("incident reviews not checked", "tenant", tenant, "err", e.getMessage());
            return;
        }
        retries.keySet().retainAll(awaiting);
        for (String id : awaiting) {
            Instant now = clock.instant();
            Retry retry = retries.get(id);
            if ((retry != null && now.isBefore(retry.notBefore())) || !now.isBefore(deadline)) {
                continue;
            }
            fetch(id, deadline, retry);
        }
    }

    private void fetch(String id, Instant deadline, Retry previous) {
        try {
            Optional<IncidentReport> report = graph.incidentReport(id, deadline);
            if (report.isPresent()) {
                reviews.recordReview(tenant, id, report.get(), clock.instant());
                retries.remove(id);
                LOG.info("incident review stored", "tenant", tenant, "id", id,
                        "content_type", report.get().contentType(), "bytes", report.get().document().length);
                return;
            }
            later(id, previous, "not published yet (404)", false);
        } catch (GraphException | StoreException e) {
            later(id, previous, e.getMessage(), true);
        }
    }

    private void later(String id, Retry previous, String why, boolean failed) {
        int failures = previous == null ? 1 : previous.failures() + 1;
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 16));
        if (wait.compareTo(LONGEST_RETRY) > 0) {
            wait = LONGEST_RETRY;
        }
        Instant notBefore = clock.instant().plus(wait);
        retries.put(id, new Retry(failures, notBefore));
        // Graph may answer 404 for a while after the status changes: worth a line, not a warning.
        Object[] fields = {"tenant", tenant, "id", id, "attempts", failures, "retry_after", notBefore, "err", why};
        if (failed) {
            LOG.warn("incident review not fetched; trying again later", fields);
        } else {
            LOG.info("incident review not available yet; trying again later", fields);
        }
    }
}
