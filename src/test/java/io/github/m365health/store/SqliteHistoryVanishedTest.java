package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.ex1215307Active;
import static io.github.m365health.health.IssueFixture.ex1215307Restored;
import static io.github.m365health.health.IssueFixture.issue;
import static io.github.m365health.health.IssueFixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.report.IncidentDossier;
import io.github.m365health.readmodel.IssueFilter;
import io.github.m365health.readmodel.IssuePage;
import io.github.m365health.readmodel.IssueRow;
import io.github.m365health.readmodel.IssueState;
import io.github.m365health.readmodel.PageRequest;
import io.github.m365health.readmodel.ReadModel;
import io.github.m365health.testing.MutableClock;
import io.github.m365health.web.pages.ReadingSite;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vanished rule (design section 6) on a real store file: an unresolved issue missing from
 * complete listings for 1 hour and at least 3 listings stops counting as open.
 */
class SqliteHistoryVanishedTest {

    private static final ServiceKey EXCHANGE_INCIDENT = new ServiceKey("Exchange Online", Classification.INCIDENT);

    @TempDir
    Path dir;
    private StoreFixture store;

    @AfterEach
    void close() throws StoreException {
        if (store != null) {
            store.close();
        }
    }

    /** EX1215307 listed at 10:00, alongside an unrelated issue that keeps every later listing non-empty. */
    private void seenAtTen() throws StoreException {
        store = new StoreFixture(dir, "2026-01-08T10:00:00Z");
        store.pollHealth("2026-01-08T10:00:00Z", ex1215307Active(), other());
    }

    private static Issue other() {
        return issue("EX2000001").service("Exchange Online").active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-01-08T09:00:00Z").modified("2026-01-08T09:00:00Z").build();
    }

    private void listWithout(String... atIsos) throws StoreException {
        for (String at : atIsos) {
            store.pollHealth(at, other());
        }
    }

    private TrackedIssue ex1215307() throws StoreException {
        return store.shown("EX1215307").orElseThrow();
    }

    private Map<ServiceKey, Long> vanished() throws StoreException {
        return store.snapshot().issueTotals().vanished();
    }

    @Test
    void threeMissedListingsWithinTheHourLeaveTheIssueOpen() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:15:00Z", "2026-01-08T10:30:00Z", "2026-01-08T10:45:00Z", "2026-01-08T10:59:59Z");

        assertTrue(ex1215307().open());
        assertEquals(Map.of(), vanished());
    }

    @Test
    void anHourMissingButOnlyTwoListingsLeavesTheIssueOpen() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:30:00Z", "2026-01-08T11:30:00Z");

        assertTrue(ex1215307().open());
        assertEquals(Map.of(), vanished());
    }

    @Test
    void anHourAndThreeListingsMissingMakeTheIssueVanishWithoutAResolution() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z", "2026-01-08T11:00:00Z");

        TrackedIssue shown = ex1215307();
        assertFalse(shown.open());
        assertTrue(shown.vanished());
        IssueTotals totals = store.snapshot().issueTotals();
        assertEquals(Map.of(EXCHANGE_INCIDENT, 1L), totals.vanished());
        assertEquals(Map.of(), totals.resolutionDurations(), "no duration sample");
        assertEquals(List.of(), store.issueHistory("EX1215307").resolutions());
        assertNull(store.issueHistory("EX1215307").issue().end());
        assertEquals(0, shown.reopens());
    }

    @Test
    void aVanishedIssueIsCountedOnceHoweverLongItStaysAway() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z", "2026-01-08T11:00:00Z",
                "2026-01-08T12:00:00Z", "2026-01-08T13:00:00Z");

        assertEquals(Map.of(EXCHANGE_INCIDENT, 1L), vanished());
    }

    @Test
    void aVanishedIssueThatComesBackIsOpenAgainAndNotAReopen() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z", "2026-01-08T11:00:00Z");
        store.pollHealth("2026-01-08T11:20:00Z", ex1215307Active(), other());

        TrackedIssue shown = ex1215307();
        assertTrue(shown.open());
        assertEquals(0, shown.reopens());
        IssueTotals totals = store.snapshot().issueTotals();
        assertEquals(Map.of(), totals.reopens());
        assertEquals(Map.of(EXCHANGE_INCIDENT, 1L), totals.vanished(), "a counter never goes back");
        assertEquals(List.of(), store.issueHistory("EX1215307").reopens());
    }

    @Test
    void theMissesRestartWhenTheIssueComesBack() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z");
        store.pollHealth("2026-01-08T10:50:00Z", ex1215307Active(), other());
        listWithout("2026-01-08T11:00:00Z", "2026-01-08T11:10:00Z", "2026-01-08T11:30:00Z");

        assertTrue(ex1215307().open(), "3 misses since 10:50, but under an hour");
        listWithout("2026-01-08T11:50:00Z");
        assertFalse(ex1215307().open());
    }

    @Test
    void aRestartKeepsTheMissesAndTheCountExactly() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z");
        store.restart();
        listWithout("2026-01-08T11:00:00Z");
        assertFalse(ex1215307().open(), "the two misses before the restart count");
        store.restart();
        listWithout("2026-01-08T11:20:00Z");
        assertEquals(Map.of(EXCHANGE_INCIDENT, 1L), vanished());
        assertFalse(ex1215307().open());

        store.pollHealth("2026-01-08T12:00:00Z", ex1215307Active(), other());
        store.restart();
        assertTrue(ex1215307().open());
        listWithout("2026-01-08T12:20:00Z", "2026-01-08T12:40:00Z", "2026-01-08T13:00:00Z");
        store.restart();

        assertEquals(Map.of(EXCHANGE_INCIDENT, 2L), vanished(), "vanished twice, each counted once");
        assertFalse(ex1215307().open());
    }

    @Test
    void aResolvedIssueThatLeavesTheListingIsUntouched() throws Exception {
        seenAtTen();
        store.pollHealth("2026-01-08T10:10:00Z", ex1215307Restored(), other());
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z", "2026-01-08T11:00:00Z", "2026-01-08T14:00:00Z");

        TrackedIssue shown = ex1215307();
        assertFalse(shown.vanished());
        assertEquals(Map.of(), vanished());
        assertEquals(1, store.snapshot().issueTotals().resolutionDurations().get(EXCHANGE_INCIDENT).count());
    }

    @Test
    void theIssuePagesDoNotCountAVanishedIssueAsOpen() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z", "2026-01-08T11:00:00Z");
        ReadModel pages = store.history.readModel();

        IssuePage open = pages.issues(new IssueFilter(null, null, null, IssueState.OPEN, null), PageRequest.first());
        assertEquals(List.of("EX2000001"), open.rows().stream().map(row -> row.id()).toList());
        assertEquals(1, open.open());
        IssuePage all = pages.issues(IssueFilter.ALL, PageRequest.first());
        assertEquals(2, all.rows().size());
        assertEquals(1, all.open());
    }

    @Test
    void theIssuePagesListAVanishedIssueAsEndedAtItsVanishing() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z", "2026-01-08T11:00:00Z");
        ReadModel pages = store.history.readModel();

        IssuePage ended = pages.issues(new IssueFilter(null, null, null, IssueState.ENDED, null), PageRequest.first());
        assertEquals(List.of("EX1215307"), ended.rows().stream().map(row -> row.id()).toList());
        IssueRow row = ended.rows().get(0);
        assertFalse(row.open());
        assertFalse(row.resolved(), "Graph never resolved it");
        assertEquals(t("2026-01-08T11:00:00Z"), row.vanishedAt());
        assertEquals(Duration.between(row.start(), t("2026-01-08T11:00:00Z")), row.duration(t("2026-01-09T00:00:00Z")),
                "its duration stops where its impact stops");
        IssuePage all = pages.issues(IssueFilter.ALL, PageRequest.first());
        assertEquals(List.of("EX2000001", "EX1215307"), all.rows().stream().map(r -> r.id()).toList(),
                "open issues first");
        assertNull(all.rows().get(0).vanishedAt());
    }

    @Test
    void theIssuePageSaysWhenItVanishedAndStopsItsDurationThere() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z", "2026-01-08T11:00:00Z");
        IssueDetail detail = store.history.readModel().issue(StoreFixture.TENANT, "EX1215307").orElseThrow();
        assertEquals(t("2026-01-08T11:00:00Z"), detail.vanishedAt());
        assertFalse(detail.open());

        ReadingSite site = new ReadingSite(store.history.readModel(), List.of(StoreFixture.TENANT),
                URI.create("http://127.0.0.1/"), Clock.fixed(t("2026-01-09T00:00:00Z"), ZoneOffset.UTC));
        String page = site.answer("/issues/" + StoreFixture.TENANT + "/EX1215307", null).orElseThrow().text();
        assertTrue(page.contains("<dt>Vanished</dt><dd><time class=\"utc\" datetime=\"2026-01-08T11:00:00Z\">"), page);
        assertFalse(page.contains("class=\"open\""), "not shown as open");
        assertFalse(page.contains(" so far"), "its duration no longer runs");
        String json = site.answer("/api/v1/issues/" + StoreFixture.TENANT + "/EX1215307", null).orElseThrow().text();
        assertTrue(json.contains("\"vanished_at\" : \"2026-01-08T11:00:00Z\""), json);
        String dossier = IncidentDossier.render(detail, Map.of(), t("2026-01-09T00:00:00Z"));
        assertTrue(dossier.contains("(vanished)"), dossier);
        assertTrue(dossier.contains("until it vanished from Graph's listings at"), dossier);
        assertFalse(dossier.contains("so far"), dossier);
    }

    @Test
    void aVanishedIssueStopsAddingImpact() throws Exception {
        seenAtTen();
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z", "2026-01-08T11:00:00Z");
        double atVanishing = store.snapshot().issueTotals().impactSeconds().get(EXCHANGE_INCIDENT);

        double dayLater = store.snapshotAt("2026-01-09T11:00:00Z").issueTotals().impactSeconds().get(EXCHANGE_INCIDENT);

        // EX1215307 started 04:35:17 and vanished 11:00; the other issue, still listed, runs from 09:00.
        assertEquals(Duration.between(t("2026-01-08T04:35:17Z"), t("2026-01-08T11:00:00Z")).toSeconds(), atVanishing);
        assertEquals(Duration.between(t("2026-01-08T04:35:17Z"), t("2026-01-09T11:00:00Z")).toSeconds(), dayLater,
                "only the issue still listed runs on");
    }

    @Test
    void aVanishedIssuePrunedWithTheHistoryStaysCounted() throws Exception {
        store = new StoreFixture(dir.resolve("history.db"), new MutableClock("2026-01-08T10:00:00Z"), Duration.ofDays(30));
        store.pollHealth("2026-01-08T10:00:00Z", ex1215307Active(), other());
        listWithout("2026-01-08T10:20:00Z", "2026-01-08T10:40:00Z", "2026-01-08T11:00:00Z");

        listWithout("2026-02-08T12:00:00Z");
        store.restart();

        assertTrue(StoredRows.issue(store.file, StoreFixture.TENANT, "EX1215307").isEmpty(), "pruned 30 days after it vanished");
        assertEquals(Map.of(EXCHANGE_INCIDENT, 1L), vanished());
        assertEquals(Map.of(EXCHANGE_INCIDENT, 2L), store.snapshot().issueTotals().seen());
    }
}
