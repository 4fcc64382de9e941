package io.github.m365health.health;

import java.util.List;
import java.util.Map;

/**
 * What one complete messages listing changed.
 *
 * @param known   the new state of every post the listing returned, keyed by id
 * @param changed posts that are new or differ from the stored ones, as Graph sent them
 * @param changes changed values of the tracked fields of posts already known
 */
public record MessageChanges(Map<String, KnownMessage> known, List<Message> changed, List<MessageChange> changes) {
    public MessageChanges {
        known = Map.copyOf(known);
        changed = List.copyOf(changed);
        changes = List.copyOf(changes);
    }
}
