package io.github.m365health.store;

import io.github.m365health.health.Issue;
import io.github.m365health.health.PromisedUpdate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a health poll's changed issues need written that depends on no memory and no connection:
 * the JSON of their posts and the next update their latest post promises. A first import has 300
 * changed issues per tenant; the poll prepares them on its own thread, so that the store's one
 * writer thread, which every tenant's commit waits for, is left with the writing.
 *
 * @param postsJson by issue id, {@link JsonColumns#posts} of its posts
 * @param promises  {@link PromisedUpdates#read} of the changed issues
 */
record PreparedIssues(Map<String, String> postsJson, Map<String, PromisedUpdate> promises) {

    static PreparedIssues of(List<Issue> changed, JsonColumns json) {
        Map<String, String> posts = new HashMap<>();
        changed.forEach(issue -> posts.put(issue.id(), json.posts(issue.posts())));
        return new PreparedIssues(posts, PromisedUpdates.read(changed));
    }
}
