package io.github.m365health.graph;

import io.github.m365health.health.IncidentReport;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.ServiceHealth;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The three service-announcement listings of one tenant. Each call is all-or-nothing: it follows
 * every {@code @odata.nextLink} and returns the whole listing, or throws, so that a listing cut
 * short is never mistaken for issues that went away.
 *
 * <p>{@code deadline} bounds the call including retries and their waits, so that a poll never
 * runs into the next one.
 */
public interface GraphApi {

    List<ServiceHealth> listHealthOverviews(Instant deadline) throws GraphException;

    List<Issue> listIssues(Instant deadline) throws GraphException;

    List<Message> listMessages(Instant deadline) throws GraphException;

    /**
     * The post-incident review of issue {@code issueId} ({@code GET issues/{id}/incidentReport}),
     * with the same token, retries, deadline and size cap as the listings; empty when Graph
     * answers 404 (no review, or not yet).
     */
    Optional<IncidentReport> incidentReport(String issueId, Instant deadline) throws GraphException;
}
