package io.github.m365health.store;

import io.github.m365health.health.HealthChanges;
import io.github.m365health.health.IssueBook;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.MessageBook;
import io.github.m365health.health.MessageChanges;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * The durable history the poller writes into and snapshots are built from. Each record call is
 * atomic and durable when it returns: it either stores the whole poll or, on failure, leaves the
 * previous state untouched (several tenants' polls may share one transaction, each undone alone
 * if it fails). Thread-safe: tenants poll concurrently.
 */
public interface History {

    /** The tenant's committed issues, which the poller tracks a new listing against. */
    IssueBook issues(String tenant) throws StoreException;

    /**
     * Commits what a complete healthOverviews + issues poll of one tenant changed. {@code changes}
     * were tracked against {@link #issues(String)} with no other health commit of the tenant in
     * between (the poller commits one tenant's polls one at a time).
     */
    void recordHealth(String tenant, List<ServiceHealth> services, HealthChanges changes, Instant polledAt)
            throws StoreException;

    /** The tenant's committed Message Center posts, which the poller tracks a new listing against. */
    MessageBook messages(String tenant) throws StoreException;

    /** Commits what a complete messages poll of one tenant changed, tracked against {@link #messages(String)}. */
    void recordMessages(String tenant, MessageChanges changes, Instant polledAt) throws StoreException;

    /** What the tenant's metrics show at {@code now}, with {@code filter} applied to every part; writes nothing. */
    TenantSnapshot snapshot(String tenant, ServiceFilter filter, Instant now) throws StoreException;
}
