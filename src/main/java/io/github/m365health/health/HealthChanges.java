package io.github.m365health.health;

import java.util.List;
import java.util.Map;

/**
 * What one complete issues listing changed.
 *
 * @param summaries the new summary of every issue the listing returned, keyed by id
 * @param changed   issues that are new or whose Graph state differs from the stored one, as
 *                  Graph sent them; unchanged issues are left out so they need not be rewritten
 * @param events    first sightings, status changes, resolutions, reopens and vanishings
 * @param missed    the new summary of every unresolved, not yet vanished issue the listing left
 *                  out: one more missed listing, and vanished once the rule is met
 */
public record HealthChanges(Map<String, IssueSummary> summaries, List<Issue> changed, List<IssueEvent> events,
                            Map<String, IssueSummary> missed) {

    public HealthChanges(Map<String, IssueSummary> summaries, List<Issue> changed, List<IssueEvent> events) {
        this(summaries, changed, events, Map.of());
    }

    public HealthChanges {
        missed = Map.copyOf(missed);
        summaries = Map.copyOf(summaries);
        changed = List.copyOf(changed);
        events = List.copyOf(events);
    }

    public <E extends IssueEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
