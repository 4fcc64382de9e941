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

/**
 * The history in an SQLite file ({@code state.path}). Each record call is stored whole or not at
 * all; a tenant's committed history is also held in memory, so snapshots are cheap and never wait
 * for a write. Tenants poll concurrently: their writes go to one writer thread (SQLite has one
 * writer) that commits many of them per transaction, see {@link GroupCommit}; snapshots run
 * alongside and see the last committed poll.
 */
public final class SqliteHistory implements History, IncidentReviews, AutoCloseable {

    private static final Log LOG = Log.of(SqliteHistory.class);

    private final Database database;
    private final HealthRecorder healthRecorder;
    private final MessageRecorder messageRecorder;
    private final SnapshotBuilder snapshots;
    private final IssueReads issueReads;
    private final MessageRows messageRows;
    private final ReviewRows reviewRows = new ReviewRows();
    private final JsonColumns json = new JsonColumns();
    private final SqliteReadModel readModel;
    private final Memories memories;
    private final GroupCommit writes;

    private SqliteHistory(Database database, Duration historyRetention, Duration resolvedIssueRetention, Clock clock) {
        this.database = database;
        TenantRows tenantRows = new TenantRows();
        HistoryRetention retention = new HistoryRetention(historyRetention);
        this.issueReads = new IssueReads(json);
        this.messageRows = new MessageRows(json);
        this.healthRecorder = new HealthRecorder(retention, resolvedIssueRetention,
                new IssueWrites(json), tenantRows);
        this.messageRecorder = new MessageRecorder(retention, messageRows);
        this.memories = new Memories(database,
                new MemoryLoader(issueReads, tenantRows, messageRows, resolvedIssueRetention), clock);
        this.writes = new GroupCommit(database, memories);
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
        SqliteHistory history = new SqliteHistory(database, historyRetention, resolvedIssueRetention, clock);
        history.writes.start();
        return history;
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
        Objects.requireNonNull(tenant, "tenant");
        PreparedIssues prepared = PreparedIssues.of(changes.changed(), json);
        writes.record(tenant, "record the health poll of tenant " + tenant, (connection, before) ->
                healthRecorder.record(connection, tenant, before, services, changes, prepared, polledAt));
    }

    @Override
    public MessageBook messages(String tenant) throws StoreException {
        return committed(tenant).messages();
    }

    @Override
    public void recordMessages(String tenant, MessageChanges changes, Instant polledAt) throws StoreException {
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(tenant, "tenant");
        writes.record(tenant, "record the messages poll of tenant " + tenant,
                (connection, before) -> messageRecorder.record(connection, tenant, before, changes, polledAt));
    }

    @Override
    public TenantSnapshot snapshot(String tenant, ServiceFilter filter, Instant now) throws StoreException {
        Objects.requireNonNull(filter, "filter");
        return snapshots.build(tenant, committed(tenant), filter, now);
    }

    /**
     * Loads the stored history of {@code tenants} now, {@code threads} at a time, so that their
     * first snapshots and polls find it in memory; see {@link Memories#loadAll}.
     */
    public void load(List<String> tenants, int threads) throws StoreException {
        Objects.requireNonNull(tenants, "tenants");
        memories.loadAll(tenants, threads);
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
        writes.write("store the review of issue " + issueId + " of tenant " + tenant, connection -> {
            reviewRows.insert(connection, tenant, issueId, report, fetchedAt);
            return null;
        });
    }

    @Override
    public Optional<StoredReview> review(String tenant, String issueId) throws StoreException {
        return database.read("read the review of issue " + issueId + " of tenant " + tenant,
                connection -> reviewRows.find(connection, tenant, issueId));
    }

    @Override
    public void close() throws StoreException {
        // Queued writes commit first; the file and its lock are released only after the last one.
        writes.close();
        database.close();
    }

    /** For tests that must act on the store's own connection, such as limiting its size. */
    Database database() {
        return database;
    }

    /** For tests that group writes into one batch or count the transactions they took. */
    GroupCommit groupCommit() {
        return writes;
    }

    private TenantMemory committed(String tenant) throws StoreException {
        return memories.committed(tenant);
    }
}
