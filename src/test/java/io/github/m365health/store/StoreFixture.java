package io.github.m365health.store;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageTracker;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.health.Tracker;
import io.github.m365health.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A store on a real file, polled the way the poller does: the clock is set to the poll's time,
 * each complete listing is tracked against the stored issues and the changes are committed.
 */
final class StoreFixture implements AutoCloseable {

    static final String TENANT = "contoso";
    static final List<ServiceHealth> SERVICES = List.of(
            new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_DEGRADATION),
            new ServiceHealth("OrgLiveID", "Identity Service", ServiceHealthStatus.SERVICE_RESTORED),
            new ServiceHealth("OSDPPlatform", "Microsoft 365 suite", ServiceHealthStatus.SERVICE_OPERATIONAL));

    /** {@code reopen.follow_up_window} at its default, as the poller's tracker has it. */
    static final Tracker TRACKER = new Tracker(Duration.ofDays(14));

    final Path file;
    final MutableClock clock;
    private final Duration historyRetention;
    SqliteHistory history;

    StoreFixture(Path file, MutableClock clock, Duration historyRetention) throws StoreException {
        this.file = file;
        this.clock = clock;
        this.historyRetention = historyRetention;
        this.history = open();
    }

    StoreFixture(Path dir, String clockIso) throws StoreException {
        this(dir.resolve("history.db"), new MutableClock(clockIso), Duration.ofDays(400));
    }

    SqliteHistory open() throws StoreException {
        return SqliteHistory.open(file, historyRetention, Duration.ofDays(7), clock);
    }

    /** Closes the store and opens the same file again, as a restart does. */
    void restart() throws StoreException {
        history.close();
        history = open();
    }

    void pollHealth(String atIso, Issue... issues) throws StoreException {
        clock.set(atIso);
        history.recordHealth(TENANT, SERVICES, TRACKER.track(history.issues(TENANT), List.of(issues), clock.instant()),
                clock.instant());
    }

    void pollMessages(String atIso, Message... messages) throws StoreException {
        clock.set(atIso);
        history.recordMessages(TENANT, MessageTracker.track(history.messages(TENANT), List.of(messages), clock.instant()),
                clock.instant());
    }

    TenantSnapshot snapshot() throws StoreException {
        return history.snapshot(TENANT, ServiceFilter.ALL, clock.instant());
    }

    TenantSnapshot snapshotAt(String iso) throws StoreException {
        clock.set(iso);
        return snapshot();
    }

    Optional<TrackedIssue> shown(String id) throws StoreException {
        return snapshot().issues().stream().filter(t -> t.issue().id().equals(id)).findFirst();
    }

    IssueHistory issueHistory(String id) throws StoreException {
        return history.issueHistory(TENANT, id).orElseThrow();
    }

    @Override
    public void close() throws StoreException {
        history.close();
    }
}
