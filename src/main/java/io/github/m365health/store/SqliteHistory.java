package io.github.m365health.store;

import io.github.m365health.config.ExporterConfig;
import io.github.m365health.health.HealthChanges;
import io.github.m365health.health.HistoryRetention;
import io.github.m365health.health.IncidentReport;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.IssueBook;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.MessageBook;
import io.github.m365health.health.MessageChanges;
import io.github.m365health.health.PromisedUpdate;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.log.Log;
import io.github.m365health.readmodel.ReadModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The history in an SQLite file ({@code state.path}). Each record call is one transaction; a
 * tenant's committed history is also held in memory, so snapshots are cheap and never wait for
 * a write. Tenants poll concurrently: writes are serialized (SQLite has one writer), snapshots
 * run alongside them and see the last committed poll.
 */
public final class SqliteHistory implements History, IncidentReviews, AutoCloseable {

    private static final Log LOG = Log.of(SqliteHistory.class);

    private final Database database;
    private final Clock clock;
    private final HealthRecorder healthRecorder;
    private final MessageRecorder messageRecorder;
    private final MemoryLoader loader;
    private final SnapshotBuilder snapshots;
    private final IssueReads issueReads;
    private final MessageRows messageRows;
    private final ReviewRows reviewRows = new ReviewRows();
    private final SqliteReadModel readModel;
    private final Object writeLock = new Object();
    private final Map<String, TenantMemory> memories = new ConcurrentHashMap<>();

    private SqliteHistory(Database database, Duration historyRetention, Duration resolvedIssueRetention, Clock clock) {
        this.database = database;
        this.clock = clock;
        JsonColumns json = new JsonColumns();
        TenantRows tenantRows = new TenantRows();
        HistoryRetention retention = new HistoryRetention(historyRetention);
        this.issueReads = new IssueReads(json);
        this.messageRows = new MessageRows(json);
        this.healthRecorder = new HealthRecorder(retention, resolvedIssueRetention,
                new IssueWrites(json), tenantRows);
        this.messageRecorder = new MessageRecorder(retention, messageRows);
        this.loader = new MemoryLoader(issueReads, tenantRows, messageRows, resolvedIssueRetention);
        this.snapshots = new SnapshotBuilder(resolvedIssueRetention);
        this.readModel = new SqliteReadModel(database, issueReads, messageRows, new ListQueries(json));
    }

    /**
     * Opens the store at {@code path}, creating it if the file does not exist, and brings its
     * schema up to date.
     *
     * @param historyRetention       how long ended issues and posts are kept ({@code state.history_retention})
     * @param resolvedIssueRetention how long snapshots keep ended issues ({@code metrics.resolved_issue_retention})
     * @throws StoreException with a one-line message naming the path and how to recover, when the
     *                        file is unreadable, not SQLite, damaged, another program's, or of a
     *                        newer schema; the file is then left untouched
     */
    public static SqliteHistory open(Path path, Duration historyRetention, Duration resolvedIssueRetention, Clock clock)
            throws StoreException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(historyRetention, "historyRetention");
        Objects.requireNonNull(resolvedIssueRetention, "resolvedIssueRetention");
        Objects.requireNonNull(clock, "clock");
        Database database = Database.open(path, clock.instant());
        LOG.info("state store opened", "path", database.file());
        return new SqliteHistory(database, historyRetention, resolvedIssueRetention, clock);
    }

    /** Opens the store the configuration names, with its retention settings. */
    public static SqliteHistory open(ExporterConfig config, Clock clock) throws StoreException {
        return open(config.state().path(), config.state().historyRetention(),
                config.metrics().resolvedIssueRetention(), clock);
    }

    @Override
    public IssueBook issues(String tenant) throws StoreException {
        return committed(tenant).issues();
    }

    @Override
    public void recordHealth(String tenant, List<ServiceHealth> services, HealthChanges changes, Instant polledAt)
            throws StoreException {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(changes, "changes");
        Map<String, PromisedUpdate> promises = PromisedUpdates.read(changes.changed());
        synchronized (writeLock) {
            TenantMemory before = memory(tenant);
            TenantMemory after = database.transaction("record the health poll of tenant " + tenant,
                    connection -> healthRecorder.record(connection, tenant, before, services, changes, promises,
                            polledAt));
            memories.put(tenant, after);
        }
    }

    @Override
    public MessageBook messages(String tenant) throws StoreException {
        return committed(tenant).messages();
    }

    @Override
    public void recordMessages(String tenant, MessageChanges changes, Instant polledAt) throws StoreException {
        Objects.requireNonNull(changes, "changes");
        synchronized (writeLock) {
            TenantMemory before = memory(tenant);
            TenantMemory after = database.transaction("record the messages poll of tenant " + tenant,
                    connection -> messageRecorder.record(connection, tenant, before, changes, polledAt));
            memories.put(tenant, after);
        }
    }

    @Override
    public TenantSnapshot snapshot(String tenant, ServiceFilter filter, Instant now) throws StoreException {
        Objects.requireNonNull(filter, "filter");
        return snapshots.build(tenant, committed(tenant), filter, now);
    }

    /** The translation cache and usage, in this store's file. */
    public TranslationRecords translations() {
        return new TranslationRecords(database);
    }

    /** The reads of the issue and Message Center pages and the JSON API. */
    public ReadModel readModel() {
        return readModel;
    }

    @Override
    public List<String> awaitingReview(String tenant) throws StoreException {
        return database.read("list the issues of tenant " + tenant + " awaiting their review",
                connection -> reviewRows.awaiting(connection, tenant));
    }

    @Override
    public void recordReview(String tenant, String issueId, IncidentReport report, Instant fetchedAt)
            throws StoreException {
        Objects.requireNonNull(report, "report");
        synchronized (writeLock) {
            database.transaction("store the review of issue " + issueId + " of tenant " + tenant, connection -> {
                reviewRows.insert(connection, tenant, issueId, report, fetchedAt);
                return null;
            });
        }
    }

    @Override
    public Optional<StoredReview> review(String tenant, String issueId) throws StoreException {
        return database.read("read the review of issue " + issueId + " of tenant " + tenant,
                connection -> reviewRows.find(connection, tenant, issueId));
    }

    @Override
    public void close() throws StoreException {
        synchronized (writeLock) {
            database.close();
        }
    }

    /** For tests that must act on the store's own connection, such as limiting its size. */
    Database database() {
        return database;
    }

    /** The tenant's last committed memory, without waiting for a write unless it must be loaded first. */
    private TenantMemory committed(String tenant) throws StoreException {
        TenantMemory memory = memories.get(tenant);
        if (memory == null) {
            synchronized (writeLock) {
                memory = memory(tenant);
            }
        }
        return memory;
    }

    private TenantMemory memory(String tenant) throws StoreException {
        Objects.requireNonNull(tenant, "tenant");
        TenantMemory memory = memories.get(tenant);
        if (memory == null) {
            memory = database.transaction("load the history of tenant " + tenant,
                    connection -> loader.load(connection, tenant, clock.instant()));
            memories.put(tenant, memory);
        }
        return memory;
    }
}
