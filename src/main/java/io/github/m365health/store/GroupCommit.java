package io.github.m365health.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's one writer thread. SQLite allows a single writer, and with {@code synchronous = FULL}
 * every commit waits for an fsync: one transaction per poll capped a store at 6-8k polls a minute
 * with poll threads queued on its lock. Here the writer commits whatever writes have queued up
 * while it committed the previous batch, many tenants' polls in one transaction and one fsync.
 * Each write runs in its own savepoint, so one that fails is undone alone and fails only its own
 * caller; callers still wait until their write is durably committed or failed.
 */
final class GroupCommit implements AutoCloseable {

    /**
     * At most this many writes per transaction: at 100 tenants (a health and a messages write each)
     * a batch still takes most of what queues up during one commit, while it bounds how long one
     * transaction holds the connection (first imports are a few thousand rows per write) and how
     * many callers one failed commit fails.
     */
    static final int MAX_BATCH = 64;

    private final Database database;
    private final Memories memories;
    private final WriteQueue queue = new WriteQueue(MAX_BATCH);
    private final AtomicLong committedBatches = new AtomicLong();
    private final Thread writer;

    GroupCommit(Database database, Memories memories) {
        this.database = database;
        this.memories = memories;
        this.writer = new Thread(this::writeUntilClosed, "state-store-writer");
        writer.setDaemon(true);
    }

    void start() {
        writer.start();
    }

    /** Writes one poll of {@code tenant} and installs the memory it returns, once committed. */
    void record(String tenant, String doing, QueuedWrite.Recorder recorder) throws StoreException {
        submit(QueuedWrite.of(tenant, doing, recorder));
    }

    /** Writes rows that no memory holds. */
    void write(String doing, Database.Work<Void> work) throws StoreException {
        submit(QueuedWrite.of(null, doing, (connection, none) -> {
            work.run(connection);
            return null;
        }));
    }

    /** Lets the queued writes commit, then stops the writer; later writes are refused. */
    @Override
    public void close() {
        queue.close();
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Committed transactions so far: fewer than writes whenever polls were grouped. */
    long committedBatches() {
        return committedBatches.get();
    }

    WriteQueue queue() {
        return queue;
    }

    private void submit(QueuedWrite write) throws StoreException {
        if (!queue.offer(write)) {
            throw database.closed(write.doing());
        }
        try {
            // Not interruptible: the write commits or fails soon either way, and a caller must not
            // take an unknown outcome for a failure.
            write.done().join();
        } catch (CompletionException e) {
            throw new StoreException(e.getCause().getMessage(), e.getCause());
        }
    }

    private void writeUntilClosed() {
        for (List<QueuedWrite> batch = queue.nextBatch(); !batch.isEmpty(); batch = queue.nextBatch()) {
            try {
                commit(batch);
            } catch (RuntimeException | Error e) {
                batch.forEach(write -> write.done().completeExceptionally(database.failed(write.doing(), e)));
            }
        }
    }

    private void commit(List<QueuedWrite> batch) {
        Map<QueuedWrite, Exception> failures = new IdentityHashMap<>();
        try {
            database.transaction(connection -> writeEach(connection, batch, failures), written -> {
                memories.install(written);
                committedBatches.incrementAndGet();
            });
        } catch (SQLException | RuntimeException e) {
            // The commit failed or SQLite undid the whole transaction: none of the batch is stored.
            batch.forEach(write -> write.done().completeExceptionally(
                    database.failed(write.doing(), failures.getOrDefault(write, e))));
            return;
        }
        for (QueuedWrite write : batch) {
            Exception failure = failures.get(write);
            if (failure == null) {
                write.done().complete(null);
            } else {
                write.done().completeExceptionally(database.failed(write.doing(), failure));
            }
        }
    }

    /** Runs each write in its own savepoint; returns the memories of the tenants written. */
    private Map<String, TenantMemory> writeEach(Connection connection, List<QueuedWrite> batch,
                                                Map<QueuedWrite, Exception> failures) throws SQLException {
        Map<String, TenantMemory> written = new HashMap<>();
        try (Statement savepoint = connection.createStatement()) {
            for (QueuedWrite write : batch) {
                savepoint.execute("SAVEPOINT write");
                try {
                    TenantMemory after = write.recorder().record(connection, before(connection, write, written));
                    savepoint.execute("RELEASE write");
                    if (write.keepsMemory()) {
                        written.put(write.tenant(), after);
                    }
                } catch (SQLException | RuntimeException e) {
                    failures.put(write, e);
                    undo(savepoint, e);
                }
            }
        }
        return written;
    }

    /** A tenant's second write in a batch builds on its first, which is not committed yet. */
    private TenantMemory before(Connection connection, QueuedWrite write, Map<String, TenantMemory> written)
            throws SQLException {
        if (!write.keepsMemory()) {
            return null;
        }
        TenantMemory chained = written.get(write.tenant());
        return chained != null ? chained : memories.committed(connection, write.tenant());
    }

    /**
     * Undoes the failed write only. After SQLITE_FULL or an I/O error SQLite may have rolled back
     * the whole transaction already; then the savepoint is gone and the batch fails as a whole.
     */
    private static void undo(Statement savepoint, Exception failure) throws SQLException {
        try {
            savepoint.execute("ROLLBACK TO write");
            savepoint.execute("RELEASE write");
        } catch (SQLException lost) {
            failure.addSuppressed(lost);
            throw failure instanceof SQLException sql ? sql : new SQLException(StoreFile.oneLine(failure), failure);
        }
    }
}
