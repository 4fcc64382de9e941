package io.github.m365health.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;

/**
 * Moves the last sighting of rows a poll returned unchanged, in one statement however many
 * there are: the ids travel as one JSON array that SQLite's json_each unrolls.
 */
final class Sightings {

    private Sightings() {
    }

    /** @param table {@code issue} or {@code message}: a name from this package, never from input */
    static void markSeen(Connection connection, String table, JsonColumns json, String tenant,
                         Collection<String> ids, Instant at) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET last_seen = ? WHERE tenant = ? AND id IN (SELECT value FROM json_each(?))")) {
            update.setString(1, SqlTimes.format(at));
            update.setString(2, tenant);
            update.setString(3, json.strings(ids));
            update.executeUpdate();
        }
    }
}
