package io.github.m365health.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.graph.GraphEndpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Listings frozen at their first page, so that the pages of one listing agree with each other
 * while the world moves on; a skiptoken names the snapshot and the next offset. Only the latest
 * few are kept: an abandoned listing must not hold memory for ever.
 */
final class PageSnapshots {

    private static final int KEPT = 64;

    /** One listing as it stood at its first page. */
    record Snapshot(GraphEndpoint endpoint, List<JsonNode> items) {
        Snapshot {
            items = List.copyOf(items);
        }
    }

    /** Where a page starts; {@code snapshotId} is null until a first page needs a next one. */
    record Position(String snapshotId, Snapshot snapshot, int offset) {
    }

    private final Map<String, Snapshot> snapshots = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > KEPT;
        }
    };
    private long next;

    synchronized String keep(Snapshot snapshot) {
        String id = Long.toString(++next, 36);
        snapshots.put(id, snapshot);
        return id;
    }

    static String skipToken(String snapshotId, int offset) {
        return snapshotId + "." + offset;
    }

    /** Empty for a token this demo never issued, or one whose snapshot was dropped. */
    synchronized Optional<Position> find(String skipToken) {
        int dot = skipToken.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String snapshotId = skipToken.substring(0, dot);
        Snapshot snapshot = snapshots.get(snapshotId);
        int offset;
        try {
            offset = Integer.parseInt(skipToken.substring(dot + 1));
        } catch (NumberFormatException notAnOffset) {
            return Optional.empty();
        }
        if (snapshot == null || offset < 0 || offset >= snapshot.items().size()) {
            return Optional.empty();
        }
        return Optional.of(new Position(snapshotId, snapshot, offset));
    }
}
