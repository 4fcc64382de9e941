package io.github.m365health.poll;

import io.github.m365health.graph.GraphApi;
import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.graph.GraphException;
import io.github.m365health.health.IncidentReport;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers listings from fixed data, optionally failing one, and notes the deadlines it was given. */
final class FakeGraph implements GraphApi {

    final List<ServiceHealth> services = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();
    final List<Message> messages = new ArrayList<>();
    final Map<GraphEndpoint, GraphException> failures = new EnumMap<>(GraphEndpoint.class);
    final Map<GraphEndpoint, Instant> deadlines = new EnumMap<>(GraphEndpoint.class);
    private final MutableClock clock;
    private final Duration latency;

    FakeGraph(MutableClock clock, Duration latency) {
        this.clock = clock;
        this.latency = latency;
    }

    @Override
    public List<ServiceHealth> listHealthOverviews(Instant deadline) throws GraphException {
        return answer(GraphEndpoint.HEALTH_OVERVIEWS, deadline, services);
    }

    @Override
    public List<Issue> listIssues(Instant deadline) throws GraphException {
        return answer(GraphEndpoint.ISSUES, deadline, issues);
    }

    @Override
    public List<Message> listMessages(Instant deadline) throws GraphException {
        return answer(GraphEndpoint.MESSAGES, deadline, messages);
    }

    /** Reviews by issue id; an id that is absent answers like Graph's 404. */
    final Map<String, IncidentReport> reports = new HashMap<>();
    /** Issue ids whose review fetch fails, as a 500 after retries would. */
    final Map<String, GraphException> reportFailures = new HashMap<>();
    final List<String> reportRequests = new ArrayList<>();

    @Override
    public Optional<IncidentReport> incidentReport(String issueId, Instant deadline) throws GraphException {
        reportRequests.add(issueId);
        GraphException failure = reportFailures.get(issueId);
        if (failure != null) {
            throw failure;
        }
        return Optional.ofNullable(reports.get(issueId));
    }

    private <T> List<T> answer(GraphEndpoint endpoint, Instant deadline, List<T> items) throws GraphException {
        deadlines.put(endpoint, deadline);
        clock.advance(latency);
        GraphException failure = failures.get(endpoint);
        if (failure != null) {
            throw failure;
        }
        return List.copyOf(items);
    }
}
