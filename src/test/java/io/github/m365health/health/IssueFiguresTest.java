package io.github.m365health.health;

import static io.github.m365health.health.IssueFixture.issue;
import static io.github.m365health.health.IssueFixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssueFiguresTest {

    private static final ServiceKey EXCHANGE_INCIDENT = new ServiceKey("Exchange Online", Classification.INCIDENT);
    private static final ServiceKey EXCHANGE_ADVISORY = new ServiceKey("Exchange Online", Classification.ADVISORY);
    private static final ServiceKey TEAMS_INCIDENT = new ServiceKey("Microsoft Teams", Classification.INCIDENT);

    private final Tracker tracker = new Tracker(Duration.ofDays(14));

    private IssueBook book(Instant at, Issue... issues) {
        return IssueBook.EMPTY.with(tracker.track(IssueBook.EMPTY, List.of(issues), at));
    }

    @Test
    void impactIsTheUnionPerServiceAndClassificationUpToNow() {
        IssueBook book = book(t("2026-02-01T12:00:00Z"),
                issue("EX1").restored("2026-02-01T10:00:00Z").start("2026-02-01T08:00:00Z").build(),
                issue("EX2").restored("2026-02-01T11:00:00Z").start("2026-02-01T09:00:00Z").build(),
                issue("EX3").classification(Classification.ADVISORY).active(ServiceHealthStatus.SERVICE_DEGRADATION)
                        .start("2026-02-01T11:00:00Z").build(),
                issue("TM1").service("Microsoft Teams").restored("2026-02-01T09:30:00Z").start("2026-02-01T09:00:00Z").build());

        Map<ServiceKey, Double> impact = IssueFigures.of(book, RetiredTotals.EMPTY).impactAt(t("2026-02-01T12:00:00Z"));

        assertEquals(Map.of(EXCHANGE_INCIDENT, 3 * 3600.0, EXCHANGE_ADVISORY, 3600.0, TEAMS_INCIDENT, 1800.0), impact);
    }

    @Test
    void resolutionDurationsUseLatestStartAndEndOfResolvedIssuesOnly() {
        IssueBook book = book(t("2026-01-20T00:00:00Z"),
                IssueFixture.ex1215307Restored(),
                issue("EX2").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-01-19T00:00:00Z").build());

        DurationHistogram histogram = IssueFigures.of(book, RetiredTotals.EMPTY)
                .at(t("2026-01-20T00:00:00Z"), s -> true).resolutionDurations().get(EXCHANGE_INCIDENT);

        assertEquals(1, histogram.count());
        assertEquals(559_800.0, histogram.sumSeconds());
    }

    @Test
    void filterDropsEveryFigureOfServicesItExcludes() {
        IssueBook book = book(t("2026-02-01T12:00:00Z"),
                issue("EX1").restored("2026-02-01T10:00:00Z").start("2026-02-01T08:00:00Z").build(),
                issue("TM1").service("Microsoft Teams").restored("2026-02-01T09:30:00Z").start("2026-02-01T09:00:00Z").build());

        IssueTotals totals = IssueFigures.of(book, RetiredTotals.EMPTY)
                .at(t("2026-02-01T12:00:00Z"), name -> !name.equals("Microsoft Teams"));

        assertEquals(Set.of(EXCHANGE_INCIDENT), totals.seen().keySet());
        assertEquals(Set.of(EXCHANGE_INCIDENT), totals.impactSeconds().keySet());
        assertEquals(Set.of(EXCHANGE_INCIDENT), totals.resolutionDurations().keySet());
    }

    @Test
    void followUpReopenCountsUnderTheEarlierIssuesServiceAndClassification() {
        Issue earlier = issue("TM1000001").service("Microsoft Teams").restored("2026-02-01T10:00:00Z").start("2026-02-01T08:00:00Z").build();
        Issue later = issue("EX1000002").classification(Classification.ADVISORY).active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-02-02T08:00:00Z").title("Continuation of TM1000001").build();
        IssueBook book = book(t("2026-02-02T09:00:00Z"), earlier, later);

        IssueTotals totals = IssueFigures.of(book, RetiredTotals.EMPTY).at(t("2026-02-02T09:00:00Z"), s -> true);

        assertEquals(Map.of(new ReopenKey("Microsoft Teams", Classification.INCIDENT, ReopenKind.FOLLOW_UP), 1L), totals.reopens());
    }

    @Test
    void retiringIssuesKeepsEveryTotalWhereItWas() {
        Issue old = issue("EX1").restored("2026-02-01T10:00:00Z").start("2026-02-01T08:00:00Z").build();
        Issue overlapping = issue("EX2").restored("2026-02-01T11:00:00Z").start("2026-02-01T09:00:00Z").build();
        IssueBook book = book(t("2026-02-01T12:00:00Z"), old, overlapping);
        Instant now = t("2026-02-02T00:00:00Z");
        IssueTotals before = IssueFigures.of(book, RetiredTotals.EMPTY).at(now, s -> true);

        RetiredTotals retired = RetiredTotals.of(book, Set.of("EX1"), now);
        IssueTotals after = IssueFigures.of(book.without(Set.of("EX1")), retired).at(now, s -> true);

        assertEquals(before, after);
        assertEquals(3600.0, retired.impactSeconds().get(EXCHANGE_INCIDENT), "only the hour EX2 did not cover");
        assertFalse(retired.isEmpty());
    }
}
