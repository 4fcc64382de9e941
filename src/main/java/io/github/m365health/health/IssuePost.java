package io.github.m365health.health;

import java.time.Instant;
import java.util.Objects;

/**
 * A status post of an issue. {@code content} is Graph's body text as sent: nominally HTML, in
 * practice often plain text with newlines, so it is never parsed as markup.
 */
public record IssuePost(Instant createdAt, String postType, String content) {
    public IssuePost {
        Objects.requireNonNull(createdAt, "createdAt");
        postType = postType == null ? "unknown" : postType;
        content = content == null ? "" : content;
    }
}
