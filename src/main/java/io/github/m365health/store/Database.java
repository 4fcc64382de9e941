package io.github.m365health.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The one connection to the store file. SQLite allows a single writer, so every transaction runs
 * under this object's lock; the store keeps what snapshots need in memory and rarely reads here.
 * Polls are written by the store's {@link GroupCommit}, many in one transaction.
 */
final class Database implements AutoCloseable {

    /** Work inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    // Reads (pages, the review check after every health poll) have a connection of their own: in
    // WAL mode a reader sees the last commit and neither waits for the writer nor holds it up,
    // where on the one connection 100 tenants' review checks queued behind every write.
    private final Connection reader;
    private final Object readLock = new Object();
    private final StoreLock lock;
    private volatile boolean closed;

    private Database(Path file, Connection connection, Connection reader, StoreLock lock) {
        this.file = file;
        this.connection = connection;
        this.reader = reader;
        this.lock = lock;
    }

    /** Opens, checks and migrates the file at {@code path}; see {@link StoreFile} for what is refused. */
    static Database open(Path path, Instant now) throws StoreException {
        Path file = path.toAbsolutePath().normalize();
        StoreFile.checkBeforeOpening(file);
        StoreLock lock = StoreLock.acquire(file);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            releaseQuietly(lock);
            throw new StoreException(StoreFile.cannotOpen(file, e), e);
        }
        try {
            StoreFile.checkContents(file, connection);
            try (Statement statement = connection.createStatement()) {
                // WAL: a crash leaves the last committed poll intact and readers never block the writer.
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("PRAGMA busy_timeout = 10000");
            }
            Migrations.migrate(connection, now);
            return new Database(file, connection, reader(file), lock);
        } catch (SQLException e) {
            closeQuietly(connection);
            releaseQuietly(lock);
            throw new StoreException(StoreFile.cannotOpen(file, e), e);
        } catch (StoreException e) {
            closeQuietly(connection);
            releaseQuietly(lock);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /**
     * Runs {@code work} as one transaction: all of it is committed, or on any failure none of it
     * is and the previous state stays. {@code doing} completes "could not ..." in the message.
     */
    synchronized <T> T transaction(String doing, Work<T> work) throws StoreException {
        if (closed) {
            throw closed(doing);
        }
        try {
            return inTransaction(connection, work);
        } catch (SQLException | RuntimeException e) {
            throw failed(doing, e);
        }
    }

    /**
     * Runs read-only {@code work} as one read transaction on the reading connection, so all of it
     * sees the same commit; it never waits for a write. {@code doing} completes "could not ...".
     */
    <T> T read(String doing, Work<T> work) throws StoreException {
        synchronized (readLock) {
            if (closed) {
                throw closed(doing);
            }
            try {
                return inTransaction(reader, work);
            } catch (SQLException | RuntimeException e) {
                throw readFailed(doing, e);
            }
        }
    }

    /**
     * Runs read-only {@code work} as one read transaction on a connection opened for it alone and
     * closed after, so that several such reads run in parallel with each other and with the
     * reading and writing connections (WAL). For bulk loads at start; {@code doing} completes
     * "could not ...".
     */
    <T> T readAlone(String doing, Work<T> work) throws StoreException {
        if (closed) {
            throw closed(doing);
        }
        try (Connection own = reader(file)) {
            return inTransaction(own, work);
        } catch (SQLException | RuntimeException e) {
            throw readFailed(doing, e);
        }
    }

    private static Connection reader(Path file) throws SQLException {
        Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = reader.createStatement()) {
            statement.execute("PRAGMA query_only = 1");
            statement.execute("PRAGMA busy_timeout = 10000");
        }
        return reader;
    }

    /**
     * Runs {@code work} as one transaction and hands its result to {@code committed} before any
     * other transaction can start, so that what is installed in memory after a commit is never
     * older than what a transaction reading the file next would see. On failure everything is
     * rolled back and the failure is thrown as it is: the group commit words it for each write.
     */
    synchronized <T> void transaction(Work<T> work, Consumer<T> committed) throws SQLException {
        if (closed) {
            throw new SQLException("the store is closed");
        }
        committed.accept(inTransaction(connection, work));
    }

    /** {@code work} on {@code on}, committed whole or rolled back whole; the failure is thrown as it is. */
    private static <T> T inTransaction(Connection on, Work<T> work) throws SQLException {
        try {
            on.setAutoCommit(false);
            T result = work.run(on);
            on.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                on.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            try {
                on.setAutoCommit(true);
            } catch (SQLException ignored) {
                // The connection is broken; the next transaction reports it.
            }
        }
    }

    /** The one-line error of a write that was not stored; {@code doing} completes "could not ...". */
    StoreException failed(String doing, Throwable cause) {
        return new StoreException("state store " + file + ": could not " + doing + ": " + StoreFile.oneLine(cause)
                + "; the previous state is kept", cause);
    }

    /** The one-line error of a read; nothing was written, so nothing is said to be kept. */
    private StoreException readFailed(String doing, Exception cause) {
        return new StoreException("state store " + file + ": could not " + doing + ": " + StoreFile.oneLine(cause), cause);
    }

    /** The error of a write asked of a store that is closed or closing. */
    StoreException closed(String doing) {
        return new StoreException("state store " + file + " is closed; could not " + doing);
    }

    @Override
    public synchronized void close() throws StoreException {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (readLock) {
            closeQuietly(reader);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("state store " + file + ": could not close: " + StoreFile.oneLine(e), e);
        } finally {
            // Only after the last write: the next exporter may start writing the moment it is released.
            releaseQuietly(lock);
        }
    }

    private static void releaseQuietly(StoreLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // The OS releases the lock with the process at the latest.
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Opening already failed; that failure is the one worth reporting.
        }
    }
}
