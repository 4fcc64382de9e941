package io.github.m365health.store;

import io.github.m365health.health.KnownMessage;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageBook;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageChange;
import io.github.m365health.health.MessageField;
import io.github.m365health.health.MessageKey;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.RetiredMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Message Center tables: posts, their change log and what is left of pruned posts. */
final class MessageRows {

    private static final String UPSERT = """
            INSERT INTO message (tenant, id, title, start, end, last_modified, category, severity, major_change,
              action_required_by, services, tags, first_seen, last_seen, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (tenant, id) DO UPDATE SET
              title = excluded.title, start = excluded.start, end = excluded.end,
              last_modified = excluded.last_modified, category = excluded.category, severity = excluded.severity,
              major_change = excluded.major_change, action_required_by = excluded.action_required_by,
              services = excluded.services, tags = excluded.tags, last_seen = excluded.last_seen,
              body = excluded.body""";

    private static final String COLUMNS = "id, title, start, end, last_modified, category, severity, major_change, "
            + "action_required_by, services, tags, first_seen, " + Sightings.lastSeen("message") + ", body";

    private final JsonColumns json;

    MessageRows(JsonColumns json) {
        this.json = json;
    }

    void upsert(Connection connection, String tenant, Collection<KnownMessage> messages) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (KnownMessage known : messages) {
                Message m = known.message();
                String[] values = {tenant, m.id(), m.title(), SqlTimes.format(m.start()), SqlTimes.format(m.end()),
                        SqlTimes.format(m.lastModified()), m.category().wireName(), m.severity().wireName(),
                        m.majorChange() ? "1" : "0", SqlTimes.format(m.actionRequiredBy()), json.strings(m.services()),
                        json.strings(m.tags()), SqlTimes.format(known.firstSeen()), SqlTimes.format(known.lastSeen()), m.body()};
                for (int i = 0; i < values.length; i++) {
                    upsert.setString(i + 1, values[i]);
                }
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    void markSeen(Connection connection, String tenant, Collection<String> ids, Instant at) throws SQLException {
        Sightings.markSeen(connection, "message", json, tenant, ids, at);
    }

    void insertChanges(Connection connection, String tenant, List<MessageChange> changes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO message_change VALUES (?, ?, ?, ?, ?, ?)")) {
            for (MessageChange change : changes) {
                insert.setString(1, tenant);
                insert.setString(2, change.messageId());
                insert.setString(3, SqlTimes.format(change.at()));
                insert.setString(4, change.field().wireName());
                insert.setString(5, change.from());
                insert.setString(6, change.to());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Replaces pruned posts and their change log by the little that keeps them counted. */
    void retire(Connection connection, String tenant, List<RetiredMessage> retired) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO retired_message VALUES (?, ?, ?, ?, ?)");
             PreparedStatement deleteChanges = connection.prepareStatement("DELETE FROM message_change WHERE tenant = ? AND message_id = ?");
             PreparedStatement deleteMessage = connection.prepareStatement("DELETE FROM message WHERE tenant = ? AND id = ?")) {
            for (RetiredMessage gone : retired) {
                insert.setString(1, tenant);
                insert.setString(2, gone.id());
                insert.setString(3, gone.key().category().wireName());
                insert.setString(4, gone.key().severity().wireName());
                insert.setString(5, json.strings(gone.services()));
                insert.executeUpdate();
                for (PreparedStatement delete : List.of(deleteChanges, deleteMessage)) {
                    delete.setString(1, tenant);
                    delete.setString(2, gone.id());
                    delete.executeUpdate();
                }
            }
        }
    }

    MessageBook book(Connection connection, String tenant) throws SQLException {
        Map<String, KnownMessage> messages = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM message WHERE tenant = ?")) {
            select.setString(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    KnownMessage known = known(row);
                    messages.put(known.message().id(), known);
                }
            }
        }
        List<RetiredMessage> retired = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, category, severity, services FROM retired_message WHERE tenant = ?")) {
            select.setString(1, tenant);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    retired.add(new RetiredMessage(row.getString(1), new MessageKey(MessageCategory.parse(row.getString(2)),
                            MessageSeverity.parse(row.getString(3))), json.strings(row.getString(4))));
                }
            }
        }
        return new MessageBook(messages, retired);
    }

    Optional<MessageHistory> history(Connection connection, String tenant, String id) throws SQLException {
        KnownMessage known;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM message WHERE tenant = ? AND id = ?")) {
            select.setString(1, tenant);
            select.setString(2, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                known = known(row);
            }
        }
        List<MessageChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT at, field, from_value, to_value FROM message_change WHERE tenant = ? AND message_id = ? ORDER BY rowid")) {
            select.setString(1, tenant);
            select.setString(2, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    changes.add(new MessageChange(id, SqlTimes.parse(row.getString(1)),
                            MessageField.fromWireName(row.getString(2)), row.getString(3), row.getString(4)));
                }
            }
        }
        return Optional.of(new MessageHistory(known.message(), known.firstSeen(), known.lastSeen(), changes));
    }

    private KnownMessage known(ResultSet row) throws SQLException {
        Message message = new Message(row.getString(1), row.getString(2), SqlTimes.parse(row.getString(3)),
                SqlTimes.parse(row.getString(4)), SqlTimes.parse(row.getString(5)), MessageCategory.parse(row.getString(6)),
                MessageSeverity.parse(row.getString(7)), row.getInt(8) == 1, SqlTimes.parse(row.getString(9)),
                json.strings(row.getString(10)), json.strings(row.getString(11)), row.getString(14));
        return new KnownMessage(message, SqlTimes.parse(row.getString(12)), SqlTimes.parse(row.getString(13)));
    }
}
