package io.github.m365health.readmodel;

import io.github.m365health.health.ReopenKind;
import java.time.Instant;
import java.util.Objects;

/**
 * One link of an issue's reopen chain, seen from the issue it belongs to.
 *
 * @param issueId  the other issue: the follow-up ({@link Role#REOPENED_AS}) or the earlier issue
 *                 ({@link Role#FOLLOW_UP_OF}); this issue's own id for {@link Role#CAME_BACK}
 * @param at       when the reopen was counted: the follow-up's appearance, or the same-id reopen
 * @param evidence for follow-ups, the follow-up's words naming the earlier issue; null when its text
 *                 no longer names it (Microsoft edited it) and for same-id reopens
 */
public record ReopenLink(Role role, ReopenKind kind, String issueId, Instant at, Evidence evidence) {

    /** How this issue stands in the link. */
    public enum Role {
        /** This issue ended and came back as a new issue that names it (EX1256020 → EX1268771). */
        REOPENED_AS,
        /** This issue is the new one, naming an issue that had ended (EX1268771 → EX1256020). */
        FOLLOW_UP_OF,
        /** This issue was resolved and became unresolved again under its own id. */
        CAME_BACK
    }

    public ReopenLink {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(at, "at");
    }
}
