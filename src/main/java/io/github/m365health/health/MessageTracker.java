package io.github.m365health.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a complete messages listing with the stored posts. Graph's latest fields win; the
 * deadline, severity and category keep every value they had. A post missing from the listing is
 * left as it is.
 */
public final class MessageTracker {

    private MessageTracker() {
    }

    public static MessageChanges track(MessageBook stored, List<Message> listing, Instant polledAt) {
        Map<String, KnownMessage> known = new LinkedHashMap<>();
        List<Message> changed = new ArrayList<>();
        List<MessageChange> changes = new ArrayList<>();
        for (Message message : latestById(listing)) {
            KnownMessage before = stored.messages().get(message.id());
            if (before == null) {
                known.put(message.id(), new KnownMessage(message, polledAt, polledAt));
                changed.add(message);
                continue;
            }
            known.put(message.id(), new KnownMessage(message, before.firstSeen(), polledAt));
            if (!before.message().equals(message)) {
                changed.add(message);
                changes.addAll(fieldChanges(before.message(), message, polledAt));
            }
        }
        return new MessageChanges(known, changed, changes);
    }

    // Paged listings can return an item twice when the collection shifts between pages.
    private static Collection<Message> latestById(List<Message> listing) {
        Map<String, Message> byId = new LinkedHashMap<>();
        for (Message message : listing) {
            byId.merge(message.id(), message, (a, b) -> b.lastModified().isBefore(a.lastModified()) ? a : b);
        }
        return byId.values();
    }

    private static List<MessageChange> fieldChanges(Message before, Message now, Instant at) {
        List<MessageChange> changes = new ArrayList<>();
        for (MessageField field : MessageField.values()) {
            String from = field.valueOf(before);
            String to = field.valueOf(now);
            if (!Objects.equals(from, to)) {
                changes.add(new MessageChange(now.id(), at, field, from, to));
            }
        }
        return changes;
    }
}
