package io.github.m365health.store;

import io.github.m365health.health.Issue;
import io.github.m365health.health.PromisedUpdate;
import io.github.m365health.log.Log;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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
        Map<String, Instant> promises = new HashMap<>(previous);
        for (Issue issue : withPosts) {
            if (issue.posts().isEmpty()) {
                continue;
            }
            promises.remove(issue.id());
            PromisedUpdate update = PromisedUpdate.ofLatest(issue.posts());
            if (update instanceof PromisedUpdate.Promised promised) {
                promises.put(issue.id(), promised.by());
            } else if (update instanceof PromisedUpdate.Unreadable unreadable && !issue.resolved()) {
                LOG.debug("next update not read: no series", "tenant", tenant, "id", issue.id(),
                        "text", unreadable.text(), "why", unreadable.why());
            }
        }
        promises.keySet().retainAll(shown);
        return Map.copyOf(promises);
    }
}
