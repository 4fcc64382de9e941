package io.github.m365health.health;

import static io.github.m365health.health.IssueFixture.ex1215307Active;
import static io.github.m365health.health.IssueFixture.ex1215307Restored;
import static io.github.m365health.health.IssueFixture.ex1256020Restored;
import static io.github.m365health.health.IssueFixture.ex1268771Active;
import static io.github.m365health.health.IssueFixture.issue;
import static io.github.m365health.health.IssueFixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.IssueEvent.FirstSeen;
import io.github.m365health.health.IssueEvent.Reopened;
import io.github.m365health.health.IssueEvent.Resolved;
import io.github.m365health.health.IssueEvent.StatusChanged;
import io.github.m365health.health.IssueEvent.Vanished;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrackerTest {

    private final Tracker tracker = new Tracker(Duration.ofDays(14));
    private IssueBook book = IssueBook.EMPTY;

    private HealthChanges poll(String atIso, Issue... listing) {
        HealthChanges changes = tracker.track(book, List.of(listing), t(atIso));
        book = book.with(changes);
        return changes;
    }

    @Test
    void ex1215307WhoseStartMovedBackSixDaysIsOneIssueResolvedAfterSixDaysElevenHoursThirtyMinutes() {
        poll("2026-01-08T06:00:00Z", ex1215307Active());
        HealthChanges ended = poll("2026-01-08T13:00:00Z", ex1215307Restored());

        assertEquals(List.of(
                new StatusChanged("EX1215307", t("2026-01-08T13:00:00Z"),
                        ServiceHealthStatus.SERVICE_DEGRADATION, ServiceHealthStatus.SERVICE_RESTORED),
                new Resolved("EX1215307", t("2026-01-08T13:00:00Z"))), ended.events());
        assertEquals(1, book.issues().size());
        IssueSummary issue = book.get("EX1215307");
        assertEquals(t("2026-01-02T00:00:00Z"), issue.start(), "Graph's latest start wins");
        assertEquals(Duration.ofDays(6).plusHours(11).plusMinutes(30), issue.resolutionDuration().orElseThrow());
        assertEquals(t("2026-01-08T06:00:00Z"), issue.firstSeen());
        assertTrue(book.reopens().isEmpty());
    }

    @Test
    void ex1268771NamingResolvedEx1256020IsExactlyOneFollowUpReopenOfEx1256020() {
        poll("2026-04-01T21:00:00Z", ex1256020Restored());
        HealthChanges reopened = poll("2026-04-03T12:00:00Z", ex1268771Active(), ex1256020Restored());
        poll("2026-04-03T12:01:00Z", ex1268771Active(), ex1256020Restored());

        // The reopen happened when EX1268771 appeared: its first post, before we polled it.
        Reopened followUp = new Reopened("EX1256020", t("2026-04-02T19:30:00Z"), ReopenKind.FOLLOW_UP, "EX1268771");
        assertEquals(List.of(followUp), reopened.eventsOf(Reopened.class));
        assertEquals(List.of(followUp), book.reopens());
        assertEquals(1, book.reopensOf("EX1256020"));
        assertEquals(0, book.reopensOf("EX1268771"));
    }

    @Test
    void bothStoriesImportedAtOnceRecordTheFollowUpTheTextProvesButNoOtherEvent() {
        HealthChanges imported = poll("2026-04-20T08:00:00Z", ex1268771Active(), ex1256020Restored(), ex1215307Restored());

        assertEquals(3, imported.eventsOf(FirstSeen.class).size());
        assertEquals(List.of(new Reopened("EX1256020", t("2026-04-02T19:30:00Z"), ReopenKind.FOLLOW_UP, "EX1268771")),
                imported.eventsOf(Reopened.class));
        assertTrue(imported.eventsOf(StatusChanged.class).isEmpty());
        assertTrue(imported.eventsOf(Resolved.class).isEmpty());
    }

    @Test
    void followUpTimeIsTheFirstPostNotAStartMicrosoftRevisedToBeforeTheEarlierEnd() {
        poll("2026-04-01T21:00:00Z", ex1256020Restored());
        // EX1268771's final post dates the impact from 2026-03-17, before EX1256020 ended.
        Issue revised = issue("EX1268771").restored("2026-04-15T23:00:00Z")
                .start("2026-03-17T14:00:00Z").modified("2026-04-16T17:17:30Z")
                .post("2026-04-02T19:30:00Z", "Affected tenants report that the impact described in EX1256020 is still occurring.")
                .build();

        HealthChanges changes = poll("2026-04-16T18:00:00Z", revised);

        assertEquals(1, changes.eventsOf(Reopened.class).size());
    }

    @Test
    void issueNamingOneThatEndedLongerAgoThanTheWindowIsNoReopen() {
        poll("2026-03-01T00:00:00Z", issue("EX1000001").restored("2026-03-01T00:00:00Z").start("2026-02-28T00:00:00Z").build());
        Issue later = issue("EX1000002").active(ServiceHealthStatus.INVESTIGATING).start("2026-03-15T00:00:01Z")
                .title("Follow-up to EX1000001").build();

        HealthChanges changes = poll("2026-03-15T00:00:01Z", later);

        assertTrue(changes.eventsOf(Reopened.class).isEmpty());
    }

    @Test
    void issueNamingOneEndedExactlyAtTheWindowEdgeIsAReopen() {
        poll("2026-03-01T00:00:00Z", issue("EX1000001").restored("2026-03-01T00:00:00Z").start("2026-02-28T00:00:00Z").build());
        Issue later = issue("EX1000002").active(ServiceHealthStatus.INVESTIGATING).start("2026-03-15T00:00:00Z")
                .impact("Continuation of EX1000001.").build();

        assertEquals(1, poll("2026-03-15T00:00:00Z", later).eventsOf(Reopened.class).size());
    }

    @Test
    void issueNamingOneStillOpenIsNoReopen() {
        poll("2026-03-01T00:00:00Z", issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-02-28T00:00:00Z").build());
        Issue related = issue("EX1000002").active(ServiceHealthStatus.INVESTIGATING).start("2026-03-02T00:00:00Z")
                .title("Related to EX1000001").build();

        assertTrue(poll("2026-03-02T00:00:00Z", related).eventsOf(Reopened.class).isEmpty());
    }

    @Test
    void namingPostAddedAtALaterUpdateStillCountsFromWhenTheIssueAppeared() {
        poll("2026-04-01T21:00:00Z", ex1256020Restored());
        Issue withoutMention = issue("EX1268771").active(ServiceHealthStatus.INVESTIGATING).start("2026-04-02T19:14:14Z")
                .modified("2026-04-02T19:30:00Z").post("2026-04-02T19:30:00Z", "We're investigating.").build();
        poll("2026-04-02T20:00:00Z", withoutMention);
        Issue withMention = issue("EX1268771").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-04-02T19:14:14Z")
                .modified("2026-04-20T10:00:00Z").post("2026-04-02T19:30:00Z", "We're investigating.")
                .post("2026-04-20T10:00:00Z", "This continues EX1256020.").build();

        HealthChanges changes = poll("2026-04-20T10:05:00Z", withMention);

        assertEquals(List.of(new Reopened("EX1256020", t("2026-04-02T19:30:00Z"), ReopenKind.FOLLOW_UP, "EX1268771")),
                changes.eventsOf(Reopened.class));
    }

    @Test
    void resolvedIssueThatComesBackUnresolvedUnderTheSameIdIsASameIdReopen() {
        Issue active = issue("TM1000001").service("Microsoft Teams").active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-02-01T08:00:00Z").modified("2026-02-01T08:10:00Z").build();
        Issue restored = issue("TM1000001").service("Microsoft Teams").restored("2026-02-01T10:00:00Z")
                .start("2026-02-01T08:00:00Z").modified("2026-02-01T10:05:00Z").build();
        Issue back = issue("TM1000001").service("Microsoft Teams").active(ServiceHealthStatus.SERVICE_INTERRUPTION)
                .start("2026-02-01T08:00:00Z").modified("2026-02-01T12:00:00Z").build();
        poll("2026-02-01T08:15:00Z", active);
        poll("2026-02-01T10:15:00Z", restored);

        HealthChanges changes = poll("2026-02-01T12:05:00Z", back);

        assertEquals(List.of(
                new StatusChanged("TM1000001", t("2026-02-01T12:05:00Z"), ServiceHealthStatus.SERVICE_RESTORED,
                        ServiceHealthStatus.SERVICE_INTERRUPTION),
                new Reopened("TM1000001", t("2026-02-01T12:05:00Z"), ReopenKind.SAME_ID, null)), changes.events());
        assertEquals(1, book.reopensOf("TM1000001"));
        assertNull(book.get("TM1000001").end());
    }

    @Test
    void issueMissingFromAListingIsNeitherResolvedNorForgotten() {
        Issue open = issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-02-01T08:00:00Z").build();
        poll("2026-02-01T08:15:00Z", open);
        IssueSummary before = book.get("EX1000001");

        HealthChanges changes = poll("2026-02-01T08:16:00Z");

        assertTrue(changes.events().isEmpty());
        assertEquals(before.missed(t("2026-02-01T08:16:00Z"), false), book.get("EX1000001"), "only the miss is counted");
        assertEquals(1, book.get("EX1000001").missedListings());
        assertFalse(book.get("EX1000001").resolved());
    }

    @Test
    void statusThisCodeDoesNotKnowIsRecordedAsUnknownLikeAnyOther() {
        Issue open = issue("EX1000001").active(ServiceHealthStatus.INVESTIGATING).start("2026-02-01T08:00:00Z")
                .modified("2026-02-01T08:00:00Z").build();
        Issue odd = issue("EX1000001").active(ServiceHealthStatus.parse("quantumDecoherence")).start("2026-02-01T08:00:00Z")
                .modified("2026-02-01T09:00:00Z").build();
        poll("2026-02-01T08:15:00Z", open);

        HealthChanges changes = poll("2026-02-01T09:15:00Z", odd);

        assertEquals(List.of(new StatusChanged("EX1000001", t("2026-02-01T09:15:00Z"),
                ServiceHealthStatus.INVESTIGATING, ServiceHealthStatus.UNKNOWN)), changes.events());
    }

    @Test
    void advisoryReclassifiedAsIncidentIsStillOneIssueCountedUnderItsLatestClassification() {
        Issue advisory = issue("EX1268771").classification(Classification.ADVISORY).active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-04-02T19:14:14Z").modified("2026-04-02T20:00:00Z").build();
        Issue incident = issue("EX1268771").classification(Classification.INCIDENT).active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-04-02T19:14:14Z").modified("2026-04-03T10:05:00Z").build();
        poll("2026-04-02T20:05:00Z", advisory);

        HealthChanges changes = poll("2026-04-03T10:10:00Z", incident);

        assertTrue(changes.events().isEmpty(), "a classification change is not a lifecycle event");
        IssueTotals totals = IssueFigures.of(book, RetiredTotals.EMPTY).at(t("2026-04-03T10:10:00Z"), s -> true);
        assertEquals(java.util.Map.of(new ServiceKey("Exchange Online", Classification.INCIDENT), 1L), totals.seen());
    }

    @Test
    void unchangedIssueIsNeitherAnEventNorRewrittenButItsLastSightingMoves() {
        Issue open = issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-02-01T08:00:00Z").build();
        poll("2026-02-01T08:15:00Z", open);

        HealthChanges again = poll("2026-02-01T08:16:00Z", open);

        assertTrue(again.events().isEmpty());
        assertTrue(again.changed().isEmpty());
        assertEquals(t("2026-02-01T08:16:00Z"), book.get("EX1000001").lastSeen());
        assertEquals(t("2026-02-01T08:15:00Z"), book.get("EX1000001").firstSeen());
    }

    @Test
    void itemRepeatedAcrossPagesIsOneIssueAtItsNewestState() {
        Issue older = issue("EX1000001").active(ServiceHealthStatus.INVESTIGATING).start("2026-02-01T08:00:00Z")
                .modified("2026-02-01T08:00:00Z").build();
        Issue newer = issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-02-01T08:00:00Z")
                .modified("2026-02-01T08:05:00Z").build();

        HealthChanges changes = poll("2026-02-01T08:15:00Z", newer, older);

        assertEquals(1, changes.eventsOf(FirstSeen.class).size());
        assertEquals(ServiceHealthStatus.SERVICE_DEGRADATION, book.get("EX1000001").status());
    }

    @Test
    void firstSightingOfAnAlreadyResolvedIssueRecordsNoResolution() {
        HealthChanges changes = poll("2026-01-20T00:00:00Z", ex1215307Restored());

        assertEquals(List.of(new FirstSeen("EX1215307", t("2026-01-20T00:00:00Z"))), changes.events());
        assertEquals(t("2026-01-08T05:45:28Z"), book.get("EX1215307").appearedAt(),
                "an imported issue appeared at its first post, not at our first poll");
    }

    @Test
    void referencesAreTheIdsNamedInTitleImpactAndPostsExceptItsOwn() {
        Issue issue = issue("EX1268771").title("Follow-up of SP1234567").impact("See also TM98765 and MC172851")
                .start("2026-04-02T19:14:14Z").post("2026-04-02T19:30:00Z", "EX1268771 continues EX1256020; x EX12 ABCDE1234567 EX1234567890 ").build();

        assertEquals(java.util.Set.of("SP1234567", "TM98765", "MC172851", "EX1256020"), IssueReferences.in(issue));
    }

    @Test
    void issueTimeNeverLaterThanFirstSeenEvenWithoutPosts() {
        Instant polled = t("2026-02-01T08:15:00Z");
        Issue open = issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-02-01T08:00:00Z").build();

        assertEquals(polled, IssueSummary.firstSeen(open, polled).appearedAt());
    }

    @Test
    void anUnresolvedIssueMissingFromThreeListingsOverAnHourVanishesOnceWithoutBeingResolved() {
        poll("2026-01-08T10:00:00Z", ex1215307Active());
        assertEquals(List.of(), poll("2026-01-08T10:20:00Z").eventsOf(Vanished.class));
        assertEquals(List.of(), poll("2026-01-08T10:40:00Z").eventsOf(Vanished.class));
        HealthChanges third = poll("2026-01-08T11:00:00Z");
        HealthChanges later = poll("2026-01-08T12:00:00Z");

        assertEquals(List.of(new Vanished("EX1215307", t("2026-01-08T11:00:00Z"))), third.eventsOf(Vanished.class));
        assertEquals(List.of(), third.eventsOf(Resolved.class));
        assertEquals(List.of(), later.events(), "a vanished issue vanishes once");
        IssueSummary summary = book.get("EX1215307");
        assertTrue(summary.vanished());
        assertFalse(summary.resolved());
        assertEquals(1, summary.vanishings());
    }

    @Test
    void aVanishedIssueListedAgainIsOpenAgainWithoutAReopen() {
        poll("2026-01-08T10:00:00Z", ex1215307Active());
        poll("2026-01-08T10:20:00Z");
        poll("2026-01-08T10:40:00Z");
        poll("2026-01-08T11:00:00Z");

        HealthChanges back = poll("2026-01-08T11:20:00Z", ex1215307Active());

        assertEquals(List.of(), back.events());
        assertEquals(List.of(ex1215307Active()), back.changed(), "its row must forget the absence");
        IssueSummary summary = book.get("EX1215307");
        assertFalse(summary.vanished());
        assertEquals(0, summary.missedListings());
        assertEquals(1, summary.vanishings());
        assertEquals(0, book.reopensOf("EX1215307"));
    }

    @Test
    void aResolvedIssueThatDropsOutOfTheListingIsNeverMissed() {
        poll("2026-01-08T06:00:00Z", ex1215307Active());
        poll("2026-01-08T13:00:00Z", ex1215307Restored());

        HealthChanges gone = poll("2026-01-09T13:00:00Z");
        poll("2026-01-10T13:00:00Z");
        poll("2026-01-11T13:00:00Z");

        assertEquals(Map.of(), gone.missed());
        assertEquals(0, book.get("EX1215307").missedListings());
        assertFalse(book.get("EX1215307").vanished());
    }
}
