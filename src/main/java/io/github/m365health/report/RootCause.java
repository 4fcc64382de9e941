package io.github.m365health.report;

import io.github.m365health.health.IssuePost;
import io.github.m365health.health.PostLabel;
import io.github.m365health.health.PostSections;
import io.github.m365health.readmodel.IssueDetail;
import java.util.Optional;

/** The latest root cause any post of an issue stated, when the final post states none. */
final class RootCause {

    private RootCause() {
    }

    /** A quoted root cause with its post's time, or null. Posts are latest first. */
    static String earlierPost(IssueDetail issue) {
        for (IssuePost post : issue.posts()) {
            PostSections sections = PostSections.of(post.content());
            Optional<String> cause = sections.get(PostLabel.ROOT_CAUSE).or(() -> sections.get(PostLabel.PRELIMINARY_ROOT_CAUSE));
            if (cause.isPresent() && !cause.get().isBlank()) {
                return "> " + Markdown.line(cause.get()) + " (post of " + Markdown.time(post.createdAt()) + ")";
            }
        }
        return null;
    }
}
