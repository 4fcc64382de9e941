package io.github.m365health.health;

import java.time.Instant;
import java.util.Objects;

/**
 * An issue as the exporter shows it: Graph's latest fields plus what only our history knows.
 *
 * @param nextUpdateBy the update Microsoft's latest post promises; null when it promises none we
 *                     can read, and always null once the issue is resolved
 */
public record TrackedIssue(Issue issue, int reopens, Instant nextUpdateBy) {
    public TrackedIssue {
        Objects.requireNonNull(issue, "issue");
        if (reopens < 0) {
            throw new IllegalArgumentException("reopens must not be negative");
        }
        nextUpdateBy = issue.resolved() ? null : nextUpdateBy;
    }

    public TrackedIssue(Issue issue, int reopens) {
        this(issue, reopens, null);
    }

    public boolean open() {
        return !issue.resolved();
    }
}
