package io.github.m365health.store;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * The durable history the poller writes into and snapshots are built from. Each record call is
 * one transaction: it either stores the whole poll or, on failure, leaves the previous state
 * untouched. Thread-safe: tenants poll concurrently.
 */
public interface History {

    /** A complete healthOverviews + issues poll of one tenant. */
    void recordHealth(String tenant, List<ServiceHealth> services, List<Issue> issues, Instant polledAt)
            throws StoreException;

    /** A complete messages poll of one tenant. */
    void recordMessages(String tenant, List<Message> messages, Instant polledAt) throws StoreException;

    /** What the tenant's metrics show at {@code now}, with {@code filter} applied to every part. */
    TenantSnapshot snapshot(String tenant, ServiceFilter filter, Instant now) throws StoreException;
}
