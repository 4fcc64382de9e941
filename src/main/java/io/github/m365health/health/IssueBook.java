package io.github.m365health.health;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A tenant's issue history as the lifecycle rules see it: a summary of every issue ever seen and
 * every reopen found so far. Immutable; each poll yields a new book.
 */
public record IssueBook(Map<String, IssueSummary> issues, List<IssueEvent.Reopened> reopens) {

    public static final IssueBook EMPTY = new IssueBook(Map.of(), List.of());

    public IssueBook {
        issues = Map.copyOf(issues);
        reopens = List.copyOf(reopens);
    }

    /** Reopens attributed to {@code issueId}, of either kind. */
    public int reopensOf(String issueId) {
        return (int) reopens.stream().filter(r -> r.issueId().equals(issueId)).count();
    }

    /** Whether {@code laterId} was already counted as a follow-up of {@code earlierId}. */
    public boolean hasFollowUp(String earlierId, String laterId) {
        return reopens.stream().anyMatch(r -> r.kind() == ReopenKind.FOLLOW_UP
                && r.issueId().equals(earlierId) && laterId.equals(r.relatedIssueId()));
    }

    /** The book after a poll: updated summaries replace old ones, new reopens are added. */
    public IssueBook with(HealthChanges changes) {
        Map<String, IssueSummary> next = new HashMap<>(issues);
        next.putAll(changes.summaries());
        next.putAll(changes.missed());
        List<IssueEvent.Reopened> found = changes.events().stream()
                .filter(IssueEvent.Reopened.class::isInstance)
                .map(IssueEvent.Reopened.class::cast)
                .toList();
        return new IssueBook(next, Stream.concat(reopens.stream(), found.stream()).toList());
    }

    /** The book without issues pruned from the history, and without the reopens attributed to them. */
    public IssueBook without(Collection<String> prunedIds) {
        Map<String, IssueSummary> kept = new HashMap<>(issues);
        kept.keySet().removeAll(prunedIds);
        return new IssueBook(kept, reopens.stream().filter(r -> !prunedIds.contains(r.issueId())).toList());
    }

    public IssueSummary get(String issueId) {
        return issues.get(Objects.requireNonNull(issueId, "issueId"));
    }
}
