package io.github.m365health.health;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's stored issue history as reports read it: the lifecycle summaries and reopens, each
 * issue's latest title, and the services of Graph's latest health listing.
 *
 * @param titles       latest title by issue id
 * @param serviceNames services of the latest health overview, in Graph's order
 */
public record TenantHistory(String tenant, IssueBook book, Map<String, String> titles, List<String> serviceNames) {

    public TenantHistory {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(book, "book");
        titles = Map.copyOf(titles);
        serviceNames = List.copyOf(serviceNames);
    }

    public String title(String issueId) {
        return titles.getOrDefault(issueId, "");
    }
}
