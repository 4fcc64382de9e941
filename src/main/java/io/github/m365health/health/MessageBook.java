package io.github.m365health.health;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A tenant's Message Center history: every post seen and not yet pruned, plus the pruned ones' counts. */
public record MessageBook(Map<String, KnownMessage> messages, List<RetiredMessage> retired) {

    public static final MessageBook EMPTY = new MessageBook(Map.of(), List.of());

    public MessageBook {
        messages = Map.copyOf(messages);
        retired = List.copyOf(retired);
    }

    /**
     * A post belongs to a tenant's view when any service it names is allowed; a post naming no
     * service concerns the whole tenant and always belongs.
     */
    public static boolean allowed(List<String> services, Predicate<String> serviceAllowed) {
        return services.isEmpty() || services.stream().anyMatch(serviceAllowed);
    }

    /** Posts active at {@code now} that {@code serviceAllowed} lets through, by id. */
    public List<Message> activeAt(Instant now, Predicate<String> serviceAllowed) {
        return messages.values().stream()
                .map(KnownMessage::message)
                .filter(m -> m.activeAt(now) && allowed(m.services(), serviceAllowed))
                .sorted(Comparator.comparing(Message::id))
                .toList();
    }

    /** Distinct posts in the history per category and severity (their latest values). */
    public Map<MessageKey, Long> seen(Predicate<String> serviceAllowed) {
        Map<MessageKey, Long> seen = new HashMap<>();
        for (KnownMessage known : messages.values()) {
            if (allowed(known.message().services(), serviceAllowed)) {
                seen.merge(known.key(), 1L, Long::sum);
            }
        }
        for (RetiredMessage gone : retired) {
            if (allowed(gone.services(), serviceAllowed)) {
                seen.merge(gone.key(), 1L, Long::sum);
            }
        }
        return seen;
    }

    public MessageBook with(MessageChanges changes) {
        Map<String, KnownMessage> next = new HashMap<>(messages);
        next.putAll(changes.known());
        return new MessageBook(next, retired);
    }

    /** The book with {@code gone} moved from the posts to the retired counts. */
    public MessageBook retiring(Collection<RetiredMessage> gone) {
        Map<String, KnownMessage> kept = new HashMap<>(messages);
        gone.forEach(g -> kept.remove(g.id()));
        return new MessageBook(kept, Stream.concat(retired.stream(), gone.stream()).toList());
    }
}
