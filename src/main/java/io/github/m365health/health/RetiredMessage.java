package io.github.m365health.health;

import java.util.List;
import java.util.Objects;

/**
 * What is left of a post pruned from the history: enough to keep counting it in
 * {@code messagesSeen}, so that counter never drops when old posts are pruned.
 */
public record RetiredMessage(String id, MessageKey key, List<String> services) {
    public RetiredMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        services = List.copyOf(services);
    }

    public static RetiredMessage of(KnownMessage known) {
        return new RetiredMessage(known.message().id(), known.key(), known.message().services());
    }
}
