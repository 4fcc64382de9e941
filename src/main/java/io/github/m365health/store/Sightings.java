package io.github.m365health.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;

/**
 * Moves the last sighting of rows a poll returned unchanged, in one statement however many
 * there are: the ids travel as one JSON array that SQLite's json_each unrolls. Sightings go to a
 * narrow table beside the rows (schema version 6), so that an unchanged issue or post costs a
 * few bytes instead of a rewrite of its whole row.
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
        // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + table
                + "_sighting (tenant, id, last_seen) SELECT ?, value, ? FROM json_each(?) WHERE true"
                + " ON CONFLICT (tenant, id) DO UPDATE SET last_seen = excluded.last_seen")) {
            upsert.setString(1, tenant);
            upsert.setString(2, SqlTimes.format(at));
            upsert.setString(3, json.strings(ids));
            upsert.executeUpdate();
        }
    }

    /**
     * The SQL expression of a row's last sighting, for a query on {@code table}: the later of the
     * row's own (set when the row is written) and its entry in the sightings table.
     */
    static String lastSeen(String table) {
        return "max(" + table + ".last_seen, ifnull((SELECT s.last_seen FROM " + table + "_sighting s"
                + " WHERE s.tenant = " + table + ".tenant AND s.id = " + table + ".id), ''))";
    }
}
