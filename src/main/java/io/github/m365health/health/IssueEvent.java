package io.github.m365health.health;

import java.time.Instant;
import java.util.Objects;

/** Something that happened to an issue, as found by comparing a poll with the stored history. */
public sealed interface IssueEvent {

    String issueId();

    Instant at();

    /** A poll returned an id the history did not hold yet. */
    record FirstSeen(String issueId, Instant at) implements IssueEvent {
        public FirstSeen {
            Objects.requireNonNull(issueId, "issueId");
            Objects.requireNonNull(at, "at");
        }
    }

    record StatusChanged(String issueId, Instant at, ServiceHealthStatus from, ServiceHealthStatus to)
            implements IssueEvent {
        public StatusChanged {
            Objects.requireNonNull(issueId, "issueId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Graph's {@code isResolved} went from false to true. */
    record Resolved(String issueId, Instant at) implements IssueEvent {
        public Resolved {
            Objects.requireNonNull(issueId, "issueId");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A resolved issue came back. For {@link ReopenKind#FOLLOW_UP} the reopen belongs to the earlier
     * issue ({@code issueId}), {@code relatedIssueId} is the new issue that named it and {@code at}
     * is when that new issue appeared; for {@link ReopenKind#SAME_ID} {@code relatedIssueId} is null.
     */
    record Reopened(String issueId, Instant at, ReopenKind kind, String relatedIssueId) implements IssueEvent {
        public Reopened {
            Objects.requireNonNull(issueId, "issueId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
            if ((kind == ReopenKind.FOLLOW_UP) != (relatedIssueId != null)) {
                throw new IllegalArgumentException("a follow_up reopen, and only it, names the related issue");
            }
        }
    }

    /**
     * An unresolved issue went missing from complete listings for long enough that it no longer
     * counts as open: not a resolution, so it adds no duration sample.
     */
    record Vanished(String issueId, Instant at) implements IssueEvent {
        public Vanished {
            Objects.requireNonNull(issueId, "issueId");
            Objects.requireNonNull(at, "at");
        }
    }
}
