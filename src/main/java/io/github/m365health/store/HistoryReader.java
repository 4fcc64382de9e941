package io.github.m365health.store;

import io.github.m365health.health.IssueBook;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads a store file that a running exporter may be writing to. The connection is read-only at
 * the SQLite level, so it can neither create, migrate nor change the file, and in WAL mode a
 * reader never blocks the writer. Each read is one short read transaction: a consistent view of
 * the last committed poll that does not hold back the writer's checkpoints for long. It takes no
 * lock of the exporter's own: reading needs none.
 */
public final class HistoryReader implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private HistoryReader(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * @throws StoreException with one line naming the path when the file is missing (it is not
     *                        created), unreadable, not SQLite, not a store, or of a newer schema
     */
    public static HistoryReader open(Path path) throws StoreException {
        Path file = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new StoreException("state store " + file + " does not exist; check state.path in the configuration"
                    + " (the exporter creates it at its first start)");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(10_000);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?mode=ro", config.toProperties());
        } catch (SQLException e) {
            throw new StoreException(StoreFile.cannotOpen(file, e), e);
        }
        try {
            checkSchema(file, connection);
            return new HistoryReader(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(StoreFile.cannotOpen(file, e), e);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Every tenant the store holds issues or services of, sorted. */
    public List<String> tenants() throws StoreException {
        return read("list its tenants", connection -> {
            List<String> tenants = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT tenant FROM issue UNION SELECT tenant FROM service ORDER BY tenant")) {
                while (row.next()) {
                    tenants.add(row.getString(1));
                }
            }
            return tenants;
        });
    }

    /** The tenant's issue history as of the last committed poll; empty for a tenant the store never saw. */
    public TenantHistory tenant(String tenant) throws StoreException {
        Objects.requireNonNull(tenant, "tenant");
        return read("read the history of tenant " + tenant, connection -> {
            IssueBook book = new IssueReads(new JsonColumns()).book(connection, tenant);
            Map<String, String> titles = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, title FROM issue WHERE tenant = ?")) {
                select.setString(1, tenant);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        titles.put(row.getString(1), row.getString(2));
                    }
                }
            }
            List<String> services = new TenantRows().services(connection, tenant).stream()
                    .map(ServiceHealth::serviceName).toList();
            return new TenantHistory(tenant, book, titles, services);
        });
    }

    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("state store " + file + ": could not close: " + StoreFile.oneLine(e), e);
        }
    }

    private <T> T read(String doing, Database.Work<T> work) throws StoreException {
        try {
            // One read transaction: every table as of the same committed poll.
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("state store " + file + ": could not " + doing + ": " + StoreFile.oneLine(e), e);
        }
    }

    private static void checkSchema(Path file, Connection connection) throws SQLException, StoreException {
        int version = Migrations.currentVersion(connection);
        if (version == 0) {
            throw new StoreException("state store " + file + " holds no exporter history; check state.path");
        }
        if (version > Migrations.latestVersion()) {
            throw new StoreException("state store " + file + " has schema version " + version
                    + ", newer than this exporter's " + Migrations.latestVersion() + "; run the release that wrote it");
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
