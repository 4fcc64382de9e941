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
     * The promise of each issue's latest post, for the issues given with posts. Pure and the
     * costly part (every post is parsed into its sections), so it runs before the store's write
     * lock is taken: a first import parses hundreds of posts per tenant, and under the lock that
     * kept every other tenant's poll waiting.
     */
    static Map<String, PromisedUpdate> read(Collection<Issue> withPosts) {
        Map<String, PromisedUpdate> read = new HashMap<>();
        for (Issue issue : withPosts) {
            if (issue.resolved()) {
                // A resolved issue promises nothing any series shows (TrackedIssue drops it), and a
                // first import is mostly resolved issues: their posts are not parsed at all.
                read.put(issue.id(), new PromisedUpdate.None());
            } else if (!issue.posts().isEmpty()) {
                read.put(issue.id(), PromisedUpdate.ofLatest(issue.posts()));
            }
        }
        return read;
    }

    /**
     * {@code previous} for issues given without posts, the promise {@link #read} found for the
     * others; only for {@code shown} ids.
     */
    static Map<String, Instant> of(String tenant, Collection<Issue> withPosts, Map<String, PromisedUpdate> read,
                                   Map<String, Instant> previous, Set<String> shown) {
        Map<String, Instant> promises = new HashMap<>(previous);
        for (Issue issue : withPosts) {
            PromisedUpdate update = read.get(issue.id());
            if (update == null) {
                continue;
            }
            promises.remove(issue.id());
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
