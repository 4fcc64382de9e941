package io.github.m365health.store;

import io.github.m365health.health.Issue;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a health poll's changed issues need written that depends on no memory and no connection:
 * the JSON of their posts and the next update their latest post promises. A first import has 300
 * such issues per tenant; a poll prepares them on its own thread, so the store's one writer
 * thread is left with the writing.
 *
 * @param postsJson by issue id, {@link JsonColumns#posts(List)} of its posts
 * @param promised  {@link PromisedUpdates#read} of the changed issues
 */
record PreparedIssues(Map<String, String> postsJson, Map<String, Optional<Instant>> promised) {

    static PreparedIssues of(String tenant, List<Issue> changed, JsonColumns json) {
        Map<String, String> posts = new HashMap<>();
        changed.forEach(issue -> posts.put(issue.id(), json.posts(issue.posts())));
        return new PreparedIssues(posts, PromisedUpdates.read(tenant, changed));
    }
}
