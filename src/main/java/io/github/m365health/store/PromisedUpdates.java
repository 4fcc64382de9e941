package io.github.m365health.store;

import io.github.m365health.health.Issue;
import io.github.m365health.health.PromisedUpdate;
import io.github.m365health.log.Log;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The next update each shown issue's latest post promises, read when posts are written or
 * loaded: memory holds issues without their posts, so the promise is kept beside them.
 */
final class PromisedUpdates {

    private static final Log LOG = Log.of(PromisedUpdates.class);

    private PromisedUpdates() {
    }

    /**
     * {@code previous} for issues given without posts, the promise of the latest post for the
     * others; only for {@code shown} ids.
     */
    static Map<String, Instant> of(String tenant, Collection<Issue> withPosts, Map<String, Instant> previous,
                                   Set<String> shown) {
        return of(read(tenant, withPosts), previous, shown);
    }

    /**
     * What the latest post of each issue given with posts promises, empty where it promises
     * nothing readable. Reading posts is the costly part (a first import reads 300 per tenant),
     * so a poll does it on its own thread before its write queues for the store's one writer.
     */
    static Map<String, Optional<Instant>> read(String tenant, Collection<Issue> withPosts) {
        Map<String, Optional<Instant>> read = new HashMap<>();
        for (Issue issue : withPosts) {
            if (issue.posts().isEmpty()) {
                continue;
            }
            PromisedUpdate update = PromisedUpdate.ofLatest(issue.posts());
            if (update instanceof PromisedUpdate.Promised promised) {
                read.put(issue.id(), Optional.of(promised.by()));
                continue;
            }
            read.put(issue.id(), Optional.empty());
            if (update instanceof PromisedUpdate.Unreadable unreadable && !issue.resolved()) {
                LOG.debug("next update not read: no series", "tenant", tenant, "id", issue.id(),
                        "text", unreadable.text(), "why", unreadable.why());
            }
        }
        return read;
    }

    /** {@code previous} updated with what was {@link #read}; only for {@code shown} ids. */
    static Map<String, Instant> of(Map<String, Optional<Instant>> read, Map<String, Instant> previous, Set<String> shown) {
        Map<String, Instant> promises = new HashMap<>(previous);
        read.forEach((id, by) -> {
            if (by.isPresent()) {
                promises.put(id, by.get());
            } else {
                promises.remove(id);
            }
        });
        promises.keySet().retainAll(shown);
        return Map.copyOf(promises);
    }
}
