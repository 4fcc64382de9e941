package io.github.m365health.health;

import java.util.Objects;

/** An issue as the exporter shows it: Graph's latest fields plus what only our history knows. */
public record TrackedIssue(Issue issue, int reopens) {
    public TrackedIssue {
        Objects.requireNonNull(issue, "issue");
        if (reopens < 0) {
            throw new IllegalArgumentException("reopens must not be negative");
        }
    }

    public boolean open() {
        return !issue.resolved();
    }
}
