package io.github.m365health.store;

import io.github.m365health.health.IncidentReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Post-incident reviews kept with the history, each fetched once. Thread-safe. */
public interface IncidentReviews {

    /** A review as stored, with when it was fetched. */
    record StoredReview(IncidentReport report, Instant fetchedAt) {
    }

    /** Ids of the tenant's issues that reached {@code postIncidentReviewPublished} and have no stored review. */
    List<String> awaitingReview(String tenant) throws StoreException;

    void recordReview(String tenant, String issueId, IncidentReport report, Instant fetchedAt) throws StoreException;

    Optional<StoredReview> review(String tenant, String issueId) throws StoreException;
}
