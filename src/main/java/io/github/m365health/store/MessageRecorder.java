package io.github.m365health.store;

import io.github.m365health.health.HistoryRetention;
import io.github.m365health.health.KnownMessage;
import io.github.m365health.health.MessageBook;
import io.github.m365health.health.MessageChanges;
import io.github.m365health.health.RetiredMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes the changes one complete messages poll made, and builds the tenant's next memory. */
final class MessageRecorder {

    private final HistoryRetention retention;
    private final MessageRows messageRows;

    MessageRecorder(HistoryRetention retention, MessageRows messageRows) {
        this.retention = retention;
        this.messageRows = messageRows;
    }

    /** {@code changes} were tracked against {@code before.messages()}. */
    TenantMemory record(Connection connection, String tenant, TenantMemory before, MessageChanges changes,
                        Instant polledAt) throws SQLException {
        MessageBook tracked = before.messages().with(changes);
        List<RetiredMessage> pruned = retention.prunableMessages(tracked, polledAt).stream()
                .map(id -> RetiredMessage.of(tracked.messages().get(id)))
                .toList();

        Set<String> unchanged = new HashSet<>(changes.known().keySet());
        changes.changed().forEach(message -> unchanged.remove(message.id()));
        List<KnownMessage> changed = changes.changed().stream().map(m -> changes.known().get(m.id())).toList();
        messageRows.upsert(connection, tenant, changed);
        messageRows.markSeen(connection, tenant, unchanged, polledAt);
        messageRows.insertChanges(connection, tenant, changes.changes());
        messageRows.retire(connection, tenant, pruned);
        return before.withMessages(tracked.retiring(pruned));
    }
}
