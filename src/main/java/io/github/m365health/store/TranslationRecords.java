package io.github.m365health.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The translation cache and the characters sent per month, in the store file. A batch's
 * translations and its characters are saved in one transaction: a translation is never kept
 * without being counted, nor counted without being kept.
 */
public final class TranslationRecords {

    /** One translated text: the SHA-256 (hex) of what was sent, and what came back. */
    public record Entry(String sourceSha256, String translated) {
        public Entry {
            Objects.requireNonNull(sourceSha256, "sourceSha256");
            Objects.requireNonNull(translated, "translated");
        }
    }

    /** SQLite's default limit of host parameters in one statement is 999 (older builds). */
    private static final int LOOKUP_CHUNK = 500;

    private final Database database;

    TranslationRecords(Database database) {
        this.database = database;
    }

    /** The stored translations among {@code sourceSha256s}, by hash. */
    public Map<String, String> find(String provider, String target, Collection<String> sourceSha256s)
            throws StoreException {
        return database.read("read translations", connection -> {
            Map<String, String> found = new HashMap<>();
            var hashes = sourceSha256s.stream().distinct().toList();
            for (int from = 0; from < hashes.size(); from += LOOKUP_CHUNK) {
                var chunk = hashes.subList(from, Math.min(hashes.size(), from + LOOKUP_CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT source_sha256, translated FROM translation WHERE provider = ? AND target = ?"
                                + " AND source_sha256 IN (" + marks + ")")) {
                    select.setString(1, provider);
                    select.setString(2, target);
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(3 + i, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString(1), rows.getString(2));
                        }
                    }
                }
            }
            return found;
        });
    }

    /** Keeps a batch's translations and adds the characters it cost to {@code month}. */
    public void save(String provider, String target, Collection<Entry> entries, YearMonth month, long characters,
                     Instant at) throws StoreException {
        database.transaction("save " + entries.size() + " translations", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO translation VALUES (?, ?, ?, ?, ?)")) {
                for (Entry entry : entries) {
                    insert.setString(1, provider);
                    insert.setString(2, target);
                    insert.setString(3, entry.sourceSha256());
                    insert.setString(4, entry.translated());
                    insert.setString(5, SqlTimes.format(at));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            addUsage(connection, provider, month, characters);
            return null;
        });
    }

    /** Characters sent to {@code provider} in {@code month}, whether or not their translations came back. */
    public long charactersIn(String provider, YearMonth month) throws StoreException {
        return database.read("read translation usage", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT coalesce(sum(characters), 0) FROM translation_usage WHERE provider = ? AND month = ?")) {
                select.setString(1, provider);
                select.setString(2, month.toString());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            }
        });
    }

    /** Characters ever sent to {@code provider}: where the characters counter starts after a restart. */
    public long charactersTotal(String provider) throws StoreException {
        return database.read("read translation usage", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT coalesce(sum(characters), 0) FROM translation_usage WHERE provider = ?")) {
                select.setString(1, provider);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            }
        });
    }

    /** Counts characters that were sent but brought nothing back worth keeping: the provider bills them anyway. */
    public void addUsage(String provider, YearMonth month, long characters) throws StoreException {
        database.transaction("count translated characters", connection -> {
            addUsage(connection, provider, month, characters);
            return null;
        });
    }

    private static void addUsage(Connection connection, String provider, YearMonth month, long characters)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO translation_usage VALUES (?, ?, ?)"
                        + " ON CONFLICT (provider, month) DO UPDATE SET characters = characters + excluded.characters")) {
            upsert.setString(1, provider);
            upsert.setString(2, month.toString());
            upsert.setLong(3, characters);
            upsert.executeUpdate();
        }
    }
}
