package io.github.m365health.health;

import java.time.Instant;
import java.util.Objects;

/**
 * An issue as the exporter shows it: Graph's latest fields plus what only our history knows.
 *
 * @param nextUpdateBy the update Microsoft's latest post promises; null when it promises none we
 *                     can read, and always null once the issue is resolved or vanished
 * @param vanished     unresolved, but gone from Graph's complete listings long enough to stop counting as open
 */
public record TrackedIssue(Issue issue, int reopens, Instant nextUpdateBy, boolean vanished) {
    public TrackedIssue {
        Objects.requireNonNull(issue, "issue");
        if (reopens < 0) {
            throw new IllegalArgumentException("reopens must not be negative");
        }
        nextUpdateBy = issue.resolved() || vanished ? null : nextUpdateBy;
    }

    public TrackedIssue(Issue issue, int reopens, Instant nextUpdateBy) {
        this(issue, reopens, nextUpdateBy, false);
    }

    public TrackedIssue(Issue issue, int reopens) {
        this(issue, reopens, null, false);
    }

    public boolean open() {
        return !issue.resolved() && !vanished;
    }
}
