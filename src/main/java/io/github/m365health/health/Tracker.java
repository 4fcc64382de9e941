package io.github.m365health.health;

import io.github.m365health.health.IssueEvent.FirstSeen;
import io.github.m365health.health.IssueEvent.Reopened;
import io.github.m365health.health.IssueEvent.Resolved;
import io.github.m365health.health.IssueEvent.StatusChanged;
import io.github.m365health.health.IssueEvent.Vanished;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a complete issues listing with a tenant's stored history and names what happened:
 * first sightings, status changes, resolutions and reopens. Only {@code id} is stable, so Graph's latest values always replace the stored ones.
 * A resolved issue absent from the listing is left as it is: Graph forgetting an issue is not an
 * event. An unresolved one that stays absent long enough vanishes (design section 6): it stops
 * counting as open without being resolved, and counts as open again if a listing returns it.
 */
public final class Tracker {

    /** How long an unresolved issue must have been missing from the listings before it vanishes. */
    public static final Duration VANISH_AFTER = Duration.ofHours(1);
    /** How many complete listings in a row must have left it out; one odd listing is not enough. */
    public static final int VANISH_AFTER_LISTINGS = 3;

    private final Duration followUpWindow;

    /** @param followUpWindow how recently an issue must have ended for a new issue naming it to count as its reopen */
    public Tracker(Duration followUpWindow) {
        this.followUpWindow = Objects.requireNonNull(followUpWindow, "followUpWindow");
    }

    public HealthChanges track(IssueBook stored, List<Issue> listing, Instant polledAt) {
        Map<String, IssueSummary> summaries = new LinkedHashMap<>();
        List<Issue> changed = new ArrayList<>();
        List<IssueEvent> events = new ArrayList<>();
        for (Issue issue : latestById(listing).values()) {
            IssueSummary known = stored.get(issue.id());
            if (known == null) {
                // A first sighting, even of an already resolved issue, implies no transition,
                // resolution or same_id reopen: we never saw it in another state.
                events.add(new FirstSeen(issue.id(), polledAt));
                summaries.put(issue.id(), IssueSummary.firstSeen(issue, polledAt));
                changed.add(issue);
            } else if (known.matches(issue) && !known.wasMissed()) {
                summaries.put(issue.id(), known.seenUnchanged(polledAt));
            } else {
                // A vanished issue that comes back is open again; not a reopen, as it never ended.
                events.addAll(lifecycle(known, issue, polledAt));
                summaries.put(issue.id(), known.seenAgain(issue, polledAt));
                changed.add(issue);
            }
        }
        Map<String, IssueSummary> missed = missed(stored, summaries, polledAt, events);
        Map<String, IssueSummary> merged = new HashMap<>(stored.issues());
        merged.putAll(summaries);
        events.addAll(followUps(stored, merged));
        return new HealthChanges(summaries, changed, events, missed);
    }

    /**
     * Unresolved issues this complete listing left out. Only complete listings reach the tracker,
     * so a failed or partial fetch never counts as a miss.
     */
    private static Map<String, IssueSummary> missed(IssueBook stored, Map<String, IssueSummary> listed,
                                                    Instant polledAt, List<IssueEvent> events) {
        Map<String, IssueSummary> missed = new HashMap<>();
        for (IssueSummary known : stored.issues().values()) {
            if (known.resolved() || known.vanished() || listed.containsKey(known.id())) {
                continue;
            }
            boolean vanishes = known.missedListings() + 1 >= VANISH_AFTER_LISTINGS
                    && Duration.between(known.lastSeen(), polledAt).compareTo(VANISH_AFTER) >= 0;
            missed.put(known.id(), known.missed(polledAt, vanishes));
            if (vanishes) {
                events.add(new Vanished(known.id(), polledAt));
            }
        }
        return missed;
    }

    private static List<IssueEvent> lifecycle(IssueSummary known, Issue now, Instant at) {
        List<IssueEvent> events = new ArrayList<>();
        if (known.status() != now.status()) {
            events.add(new StatusChanged(now.id(), at, known.status(), now.status()));
        }
        if (!known.resolved() && now.resolved()) {
            events.add(new Resolved(now.id(), at));
        }
        if (known.resolved() && !now.resolved()) {
            events.add(new Reopened(now.id(), at, ReopenKind.SAME_ID, null));
        }
        return events;
    }

    /**
     * A {@code follow_up} reopen: an issue whose text names another issue of the tenant that had
     * ended within the window before the naming issue appeared. It counts for the earlier issue,
     * once per pair ever. Every issue is checked on every poll, not only new ones, because the
     * naming post may come later than the issue itself; its appearance time does not move.
     *
     * <p>On the first poll of an empty store, Graph's whole window is imported as history. Same-id
     * reopens and transitions need an earlier observation, so none is invented then; but a link the
     * imported text itself proves (EX1268771's post naming EX1256020, which had ended the day
     * before EX1268771 was first posted) is a reopen that did happen, and it is recorded.
     */
    private List<IssueEvent> followUps(IssueBook stored, Map<String, IssueSummary> issues) {
        List<IssueEvent> found = new ArrayList<>();
        for (IssueSummary later : issues.values()) {
            for (String named : later.mentions()) {
                IssueSummary earlier = issues.get(named);
                if (earlier != null && endedShortlyBefore(earlier, later.appearedAt())
                        && !stored.hasFollowUp(earlier.id(), later.id())) {
                    found.add(new Reopened(earlier.id(), later.appearedAt(), ReopenKind.FOLLOW_UP, later.id()));
                }
            }
        }
        return found;
    }

    private boolean endedShortlyBefore(IssueSummary earlier, Instant appeared) {
        Optional<Instant> ended = earlier.endedAt();
        return ended.isPresent()
                && !ended.get().isAfter(appeared)
                && !ended.get().isBefore(appeared.minus(followUpWindow));
    }

    // Paged listings can return an item twice when the collection shifts between pages.
    private static Map<String, Issue> latestById(List<Issue> listing) {
        Map<String, Issue> byId = new LinkedHashMap<>();
        for (Issue issue : listing) {
            byId.merge(issue.id(), issue, (a, b) -> b.lastModified().isBefore(a.lastModified()) ? a : b);
        }
        return byId;
    }
}
