package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.ex1215307Active;
import static io.github.m365health.health.IssueFixture.ex1215307Restored;
import static io.github.m365health.health.IssueFixture.ex1256020Restored;
import static io.github.m365health.health.IssueFixture.ex1268771Active;
import static io.github.m365health.health.IssueFixture.issue;
import static io.github.m365health.health.IssueFixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Classification;
import io.github.m365health.health.DurationHistogram;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueEvent.Reopened;
import io.github.m365health.health.IssueEvent.Resolved;
import io.github.m365health.health.IssueEvent.StatusChanged;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.ReopenKey;
import io.github.m365health.health.ReopenKind;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryIssuesTest {

    private static final ServiceKey EXCHANGE_INCIDENT = new ServiceKey("Exchange Online", Classification.INCIDENT);
    private static final ReopenKey EXCHANGE_FOLLOW_UP =
            new ReopenKey("Exchange Online", Classification.INCIDENT, ReopenKind.FOLLOW_UP);

    @TempDir
    Path dir;
    private StoreFixture store;

    @AfterEach
    void close() throws StoreException {
        if (store != null) {
            store.close();
        }
    }

    private StoreFixture store(String clockIso) throws StoreException {
        store = new StoreFixture(dir, clockIso);
        return store;
    }

    @Test
    void ex1215307IsOneIssueResolvedAfterExactlySixDaysElevenHoursThirtyMinutesWithoutReopen() throws Exception {
        store("2026-01-08T06:00:00Z");
        store.pollHealth("2026-01-08T06:00:00Z", ex1215307Active());
        store.pollHealth("2026-01-08T13:00:00Z", ex1215307Restored());

        TenantSnapshot snapshot = store.snapshot();
        IssueTotals totals = snapshot.issueTotals();
        DurationHistogram durations = totals.resolutionDurations().get(EXCHANGE_INCIDENT);
        assertEquals(Map.of(EXCHANGE_INCIDENT, 1L), totals.seen());
        assertEquals(1, durations.count());
        assertEquals(559_800.0, durations.sumSeconds());
        assertEquals(Map.of(), totals.reopens());
        assertEquals(559_800.0, totals.impactSeconds().get(EXCHANGE_INCIDENT), "impact from the revised start");

        TrackedIssue shown = store.shown("EX1215307").orElseThrow();
        assertEquals(t("2026-01-02T00:00:00Z"), shown.issue().start());
        assertFalse(shown.open());
        assertEquals(0, shown.reopens());

        IssueHistory history = store.issueHistory("EX1215307");
        assertEquals(t("2026-01-08T06:00:00Z"), history.firstSeen());
        assertEquals(ServiceHealthStatus.SERVICE_DEGRADATION, history.firstStatus());
        assertEquals(List.of(new StatusChanged("EX1215307", t("2026-01-08T13:00:00Z"),
                ServiceHealthStatus.SERVICE_DEGRADATION, ServiceHealthStatus.SERVICE_RESTORED)), history.transitions());
        assertEquals(List.of(new Resolved("EX1215307", t("2026-01-08T13:00:00Z"))), history.resolutions());
        assertEquals(ex1215307Restored(), history.issue(), "latest Graph fields, posts included");
    }

    @Test
    void ex1268771NamingEx1256020IsExactlyOneFollowUpReopenOfEx1256020WithTheLinkStored() throws Exception {
        store("2026-04-01T21:00:00Z");
        store.pollHealth("2026-04-01T21:00:00Z", ex1256020Restored(), ex1215307Restored());
        store.pollHealth("2026-04-03T12:00:00Z", ex1268771Active(), ex1256020Restored(), ex1215307Restored());
        store.pollHealth("2026-04-03T12:01:00Z", ex1268771Active(), ex1256020Restored(), ex1215307Restored());

        assertEquals(Map.of(EXCHANGE_FOLLOW_UP, 1L), store.snapshot().issueTotals().reopens());
        assertEquals(1, store.shown("EX1256020").orElseThrow().reopens());
        assertEquals(0, store.shown("EX1268771").orElseThrow().reopens());
        assertEquals(List.of(new Reopened("EX1256020", t("2026-04-02T19:30:00Z"), ReopenKind.FOLLOW_UP, "EX1268771")),
                store.issueHistory("EX1256020").reopens());
        assertEquals(List.of("EX1256020"), store.issueHistory("EX1268771").followUpOf());
    }

    @Test
    void resolvedIssueComingBackUnderItsIdIsOneSameIdReopen() throws Exception {
        store("2026-02-01T08:15:00Z");
        Issue active = issue("TM1000001").service("Microsoft Teams").active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-02-01T08:00:00Z").modified("2026-02-01T08:10:00Z").build();
        Issue restored = issue("TM1000001").service("Microsoft Teams").restored("2026-02-01T10:00:00Z")
                .start("2026-02-01T08:00:00Z").modified("2026-02-01T10:05:00Z").build();
        Issue back = issue("TM1000001").service("Microsoft Teams").active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-02-01T08:00:00Z").modified("2026-02-01T12:00:00Z").build();
        store.pollHealth("2026-02-01T08:15:00Z", active);
        store.pollHealth("2026-02-01T10:15:00Z", restored);
        store.pollHealth("2026-02-01T12:05:00Z", back);
        store.pollHealth("2026-02-01T12:06:00Z", back);

        assertEquals(Map.of(new ReopenKey("Microsoft Teams", Classification.INCIDENT, ReopenKind.SAME_ID), 1L),
                store.snapshot().issueTotals().reopens());
        TrackedIssue shown = store.shown("TM1000001").orElseThrow();
        assertTrue(shown.open());
        assertEquals(1, shown.reopens());
        IssueHistory history = store.issueHistory("TM1000001");
        assertEquals(2, history.transitions().size());
        assertEquals(1, history.resolutions().size());
        assertEquals(List.of(new Reopened("TM1000001", t("2026-02-01T12:05:00Z"), ReopenKind.SAME_ID, null)), history.reopens());
    }

    @Test
    void issueMissingFromTheNextListingStaysUnchangedAndUnresolved() throws Exception {
        store("2026-02-01T08:15:00Z");
        Issue open = issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-02-01T08:00:00Z").build();
        store.pollHealth("2026-02-01T08:15:00Z", open);
        store.pollHealth("2026-02-01T08:16:00Z");

        TrackedIssue shown = store.shown("EX1000001").orElseThrow();
        assertEquals(open, shown.issue());
        assertTrue(shown.open());
        IssueHistory history = store.issueHistory("EX1000001");
        assertEquals(t("2026-02-01T08:15:00Z"), history.lastSeen());
        assertEquals(List.of(), history.resolutions());
    }

    @Test
    void pollThatFailedAndRecordedNothingLeavesTheHistoryAsItWas() throws Exception {
        store("2026-02-01T08:15:00Z");
        Issue open = issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-02-01T08:00:00Z").build();
        store.pollHealth("2026-02-01T08:15:00Z", open);
        TenantSnapshot before = store.snapshotAt("2026-02-01T08:20:00Z");

        // The issues listing failed on its second page: the poller makes no record call at all.
        TenantSnapshot after = store.snapshotAt("2026-02-01T08:20:00Z");

        assertEquals(before, after);
        assertEquals(List.of(new TrackedIssue(open, 0)), after.issues());
    }

    @Test
    void statusUnknownToThisCodeIsStoredAndShownAsUnknown() throws Exception {
        store("2026-02-01T08:15:00Z");
        Issue odd = issue("EX1000001").active(ServiceHealthStatus.parse("quantumDecoherence")).start("2026-02-01T08:00:00Z").build();
        store.pollHealth("2026-02-01T08:15:00Z", odd);
        store.restart();

        assertEquals(ServiceHealthStatus.UNKNOWN, store.shown("EX1000001").orElseThrow().issue().status());
        assertEquals(ServiceHealthStatus.UNKNOWN, store.issueHistory("EX1000001").firstStatus());
    }

    @Test
    void advisoryReclassifiedAsIncidentIsOneIssueSeenOnceUnderIncident() throws Exception {
        store("2026-04-02T20:05:00Z");
        Issue advisory = issue("EX1268771").classification(Classification.ADVISORY).active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-04-02T19:14:14Z").modified("2026-04-02T20:00:00Z").build();
        Issue incident = issue("EX1268771").classification(Classification.INCIDENT).active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-04-02T19:14:14Z").modified("2026-04-03T10:05:00Z").build();
        store.pollHealth("2026-04-02T20:05:00Z", advisory);
        store.pollHealth("2026-04-03T10:10:00Z", incident);

        TenantSnapshot snapshot = store.snapshot();
        assertEquals(Map.of(EXCHANGE_INCIDENT, 1L), snapshot.issueTotals().seen());
        assertEquals(1, snapshot.issues().size());
        assertEquals(Classification.INCIDENT, snapshot.issues().get(0).issue().classification());
    }

    @Test
    void endedIssueIsShownForTheResolvedRetentionAndCountedForever() throws Exception {
        store("2026-02-01T09:00:00Z");
        store.pollHealth("2026-02-01T09:00:00Z",
                issue("EX1000001").restored("2026-02-01T08:30:00Z").start("2026-02-01T08:00:00Z").build());

        assertTrue(store.snapshotAt("2026-02-08T08:30:00Z").issues().size() == 1, "exactly 7 days after its end");
        TenantSnapshot later = store.snapshotAt("2026-02-08T08:30:01Z");
        assertEquals(List.of(), later.issues());
        assertEquals(Map.of(EXCHANGE_INCIDENT, 1L), later.issueTotals().seen());
    }

    @Test
    void firstPollOnAnEmptyStoreImportsGraphsHistoryWithoutInventingSameIdReopensOrTransitions() throws Exception {
        store("2026-04-03T12:00:00Z");
        store.pollHealth("2026-04-03T12:00:00Z", ex1268771Active(), ex1256020Restored(), ex1215307Restored());

        IssueTotals totals = store.snapshot().issueTotals();
        assertEquals(Map.of(EXCHANGE_INCIDENT, 3L), totals.seen());
        // The follow-up link is proved by EX1268771's own text, so the import records it.
        assertEquals(Map.of(EXCHANGE_FOLLOW_UP, 1L), totals.reopens());
        DurationHistogram durations = totals.resolutionDurations().get(EXCHANGE_INCIDENT);
        assertEquals(2, durations.count());
        assertEquals(559_800.0 + 1_317_600.0, durations.sumSeconds(), "EX1215307 and EX1256020 (15d 6h)");
        for (String id : List.of("EX1268771", "EX1256020", "EX1215307")) {
            IssueHistory history = store.issueHistory(id);
            assertEquals(List.of(), history.transitions(), id);
            assertEquals(List.of(), history.resolutions(), id);
            assertTrue(history.reopens().stream().noneMatch(r -> r.kind() == ReopenKind.SAME_ID), id);
        }
    }

    @Test
    void restartKeepsEveryTotalExactAndRepeatingAPollCountsNothingTwice() throws Exception {
        store("2026-01-08T06:00:00Z");
        store.pollHealth("2026-01-08T06:00:00Z", ex1215307Active());
        store.pollHealth("2026-01-08T13:00:00Z", ex1215307Restored());
        store.pollHealth("2026-04-01T21:00:00Z", ex1256020Restored(), ex1215307Restored());
        store.pollHealth("2026-04-03T12:00:00Z", ex1268771Active(), ex1256020Restored(), ex1215307Restored());
        TenantSnapshot before = store.snapshotAt("2026-04-03T12:30:00Z");

        store.restart();
        TenantSnapshot afterRestart = store.snapshotAt("2026-04-03T12:30:00Z");
        store.pollHealth("2026-04-03T12:30:00Z", ex1268771Active(), ex1256020Restored(), ex1215307Restored());
        TenantSnapshot afterRepeat = store.snapshot();

        assertEquals(before, afterRestart);
        assertEquals(before, afterRepeat);
        assertEquals(Map.of(EXCHANGE_INCIDENT, 3L), afterRepeat.issueTotals().seen());
        assertEquals(Map.of(EXCHANGE_FOLLOW_UP, 1L), afterRepeat.issueTotals().reopens());
    }

    @Test
    void servicesAreTheLatestListingAndTheFilterAppliesToEveryPart() throws Exception {
        store("2026-04-03T12:00:00Z");
        store.pollHealth("2026-04-03T12:00:00Z", ex1268771Active(),
                issue("TM1000001").service("Microsoft Teams").active(ServiceHealthStatus.INVESTIGATING).start("2026-04-03T11:00:00Z").build());

        TenantSnapshot onlyTeams = store.history.snapshot(StoreFixture.TENANT,
                new io.github.m365health.health.ServiceFilter(java.util.Set.of("Microsoft Teams"), java.util.Set.of()),
                store.clock.instant());

        assertEquals(List.of(), onlyTeams.services(), "the Teams service was not in the healthOverviews listing");
        assertEquals(List.of("TM1000001"), onlyTeams.issues().stream().map(t -> t.issue().id()).toList());
        assertEquals(Map.of(new ServiceKey("Microsoft Teams", Classification.INCIDENT), 1L), onlyTeams.issueTotals().seen());
        assertEquals(java.util.Set.of(new ServiceKey("Microsoft Teams", Classification.INCIDENT)),
                onlyTeams.issueTotals().impactSeconds().keySet());
        assertEquals(StoreFixture.SERVICES, store.snapshot().services());
    }

    @Test
    void servicesOfEveryPollAreKeptThroughRestartsWhetherTheyChangedOrNot() throws Exception {
        store("2026-04-03T12:00:00Z");
        List<ServiceHealth> restored = List.of(
                new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_RESTORED),
                new ServiceHealth("OrgLiveID", "Identity Service", ServiceHealthStatus.SERVICE_OPERATIONAL));
        store.pollHealth("2026-04-03T12:00:00Z");
        store.clock.set("2026-04-03T12:01:00Z");
        store.history.recordHealth(StoreFixture.TENANT, restored,
                StoreFixture.TRACKER.track(store.history.issues(StoreFixture.TENANT), List.of(), store.clock.instant()),
                store.clock.instant());
        store.restart();
        assertEquals(restored, store.snapshot().services());

        store.clock.set("2026-04-03T12:02:00Z");
        store.history.recordHealth(StoreFixture.TENANT, restored,
                StoreFixture.TRACKER.track(store.history.issues(StoreFixture.TENANT), List.of(), store.clock.instant()),
                store.clock.instant());
        store.restart();
        assertEquals(restored, store.snapshot().services());
        store.pollHealth("2026-04-03T12:03:00Z");
        store.restart();
        assertEquals(StoreFixture.SERVICES, store.snapshot().services());
    }
}
