package io.github.m365health.testing;

import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageTracker;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.Tracker;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.store.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes a listing into a store the way a poll does: tracked against what the store holds, then
 * committed. For tests outside {@code store/} that build a history to read from.
 */
public final class TrackedWrites {

    private static final Tracker TRACKER = new Tracker(Duration.ofDays(14));

    private TrackedWrites() {
    }

    public static void health(SqliteHistory history, String tenant, List<ServiceHealth> services, List<Issue> issues,
                              Instant polledAt) throws StoreException {
        history.recordHealth(tenant, services, TRACKER.track(history.issues(tenant), issues, polledAt), polledAt);
    }

    public static void messages(SqliteHistory history, String tenant, List<Message> messages, Instant polledAt)
            throws StoreException {
        history.recordMessages(tenant, MessageTracker.track(history.messages(tenant), messages, polledAt), polledAt);
    }
}
