package io.github.m365health.health;

import java.util.Map;
import java.util.Objects;

/**
 * What a scrape renders for one tenant: the data snapshot and how its polls went. Immutable;
 * the poller swaps in a new one after every poll.
 *
 * @param endpoints one entry per listing attempted so far (health_overviews, issues, messages)
 * @param lastError one line about the most recent failure, empty when the last polls succeeded
 */
public record TenantState(
        String tenant,
        TenantSnapshot snapshot,
        Map<Listing, EndpointStatus> endpoints,
        String lastError) {

    public TenantState {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(snapshot, "snapshot");
        endpoints = Map.copyOf(endpoints);
        lastError = lastError == null ? "" : lastError;
    }

    /** Every listing has been polled and its latest attempt succeeded. */
    public boolean up() {
        return Listing.ALL.stream().allMatch(e -> endpoints.containsKey(e) && endpoints.get(e).lastSucceeded());
    }

    /** Every listing has been attempted at least once, successfully or not. */
    public boolean polledOnce() {
        return endpoints.keySet().containsAll(Listing.ALL);
    }
}
