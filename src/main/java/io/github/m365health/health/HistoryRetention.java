package io.github.m365health.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which ended issues and posts have left the kept history ({@code state.history_retention}).
 * Something Graph still returns is never pruned, whatever its age: it would come back at the next
 * poll as if it were new and be counted twice.
 */
public record HistoryRetention(Duration retention) {

    public HistoryRetention {
        Objects.requireNonNull(retention, "retention");
    }

    public Set<String> prunableIssues(IssueBook book, Instant now) {
        Instant cutoff = now.minus(retention);
        Set<String> prunable = new TreeSet<>();
        for (IssueSummary issue : book.issues().values()) {
            // A vanished issue is kept as long as an ended one, counted from when it vanished.
            boolean endedLongAgo = issue.endedAt().or(() -> Optional.ofNullable(issue.vanishedAt()))
                    .map(ended -> ended.isBefore(cutoff)).orElse(false);
            if (endedLongAgo && issue.lastSeen().isBefore(cutoff)) {
                prunable.add(issue.id());
            }
        }
        return prunable;
    }

    public Set<String> prunableMessages(MessageBook book, Instant now) {
        Instant cutoff = now.minus(retention);
        Set<String> prunable = new TreeSet<>();
        for (KnownMessage known : book.messages().values()) {
            Instant end = known.message().end();
            if (end != null && end.isBefore(cutoff) && known.lastSeen().isBefore(cutoff)) {
                prunable.add(known.message().id());
            }
        }
        return prunable;
    }
}
