package io.github.m365health.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Everything a store file keeps about one issue or one Message Center post, read straight from the
 * file on a connection of its own: what the tests check was written, and kept through restarts.
 */
final class StoredRows {

    private StoredRows() {
    }

    static Optional<IssueHistory> issue(Path file, String tenant, String id) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return new IssueReads(new JsonColumns()).history(connection, tenant, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read issue " + id + " from " + file + ": " + e.getMessage(), e);
        }
    }

    static Optional<MessageHistory> message(Path file, String tenant, String id) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return new MessageRows(new JsonColumns()).history(connection, tenant, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read message " + id + " from " + file + ": " + e.getMessage(), e);
        }
    }
}
