package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.health.TenantState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Services, issues and the history figures, as a scrape shows them. */
class IssueMetricsTest {

    @Test
    void showsEveryServiceOnceWithItsCurrentStatus() {
        Exposition exposition = Scrapes.render(StoryStates.twoTenants());

        List<Exposition.Sample> contoso = exposition.samples("m365_service_status", Map.of("tenant", "contoso"));
        assertEquals(3, contoso.size());
        assertEquals(1, exposition.value("m365_service_status", Map.of("tenant", "contoso",
                "service_id", "Exchange", "service_name", "Exchange Online", "status", "serviceDegradation")));
        assertEquals(1, exposition.value("m365_service_status", Map.of("tenant", "fabrikam",
                "service_name", "Exchange Online", "status", "serviceRestored")));
    }

    @Test
    void showsZeroOpenIssuesForEveryKnownServiceAndBothClassifications() {
        Exposition exposition = Scrapes.render(List.of(StoryStates.contoso()));

        assertEquals(1, openIssues(exposition, "contoso", "Exchange Online", "incident"));
        assertEquals(0, openIssues(exposition, "contoso", "Exchange Online", "advisory"));
        for (String service : List.of("Identity Service", "Microsoft 365 suite")) {
            assertEquals(0, openIssues(exposition, "contoso", service, "incident"));
            assertEquals(0, openIssues(exposition, "contoso", service, "advisory"));
        }
        assertEquals(6, exposition.samples("m365_issues_open").size());
    }

    @Test
    void knowsServicesFromIssuesEvenWithoutAHealthOverview() {
        Issue teams = issue("TM1", "Microsoft Teams", Classification.ADVISORY, false);
        TenantState state = Scrapes.state("contoso", List.of(new TrackedIssue(teams, 0)), List.of());

        Exposition exposition = Scrapes.render(List.of(state));

        assertEquals(1, openIssues(exposition, "contoso", "Microsoft Teams", "advisory"));
        assertEquals(0, openIssues(exposition, "contoso", "Microsoft Teams", "incident"));
    }

    @Test
    void countsIssuesOfUnknownClassificationUnderUnknown() {
        TenantState state = Scrapes.state("contoso", List.of(
                new TrackedIssue(issue("EX1", "Exchange Online", Classification.UNKNOWN, false), 0),
                new TrackedIssue(issue("EX2", "Exchange Online", Classification.UNKNOWN, true), 0)), List.of());

        Exposition exposition = Scrapes.render(List.of(state));

        assertEquals(1, openIssues(exposition, "contoso", "Exchange Online", "unknown"));
        assertEquals(0, openIssues(exposition, "contoso", "Exchange Online", "incident"));
    }

    @Test
    void keepsEndedIssuesAsClosedSeriesWithoutTheirDetail() {
        Exposition exposition = Scrapes.render(List.of(StoryStates.contoso()));
        Map<String, String> ex1256020 = Map.of("tenant", "contoso", "id", "EX1256020");
        Map<String, String> ex1268771 = Map.of("tenant", "contoso", "id", "EX1268771");

        assertEquals(0, exposition.value("m365_issue_open", ex1256020));
        assertEquals(1, exposition.value("m365_issue_open", ex1268771));
        assertEquals(Instant.parse("2026-04-02T19:14:14Z").getEpochSecond(),
                exposition.value("m365_issue_start_timestamp_seconds", ex1268771));
        assertEquals(1, exposition.samples("m365_issue_info", ex1268771).size());
        assertEquals(1, exposition.samples("m365_issue_status", ex1268771).size());
        for (String family : List.of("m365_issue_info", "m365_issue_status", "m365_issue_start_timestamp_seconds",
                "m365_issue_end_timestamp_seconds", "m365_issue_last_update_timestamp_seconds", "m365_issue_reopens")) {
            assertTrue(exposition.samples(family, ex1256020).isEmpty(), family + " of an ended issue is read on /issues");
        }
    }

    @Test
    void measuresEx1215307FromItsRevisedStartInTheResolutionHistogram() {
        Exposition exposition = Scrapes.render(List.of(StoryStates.fabrikam()));
        Map<String, String> exchange = Map.of("tenant", "fabrikam", "service_name", "Exchange Online",
                "classification", "incident");

        assertEquals(6 * 86400 + 11 * 3600 + 30 * 60,
                exposition.value("m365_issue_resolution_duration_seconds_sum", exchange));
        assertEquals(1, exposition.value("m365_issue_resolution_duration_seconds_count", exchange));
        assertEquals(0, bucket(exposition, exchange, "86400.0"), "longer than a day");
        assertEquals(1, bucket(exposition, exchange, "604800.0"), "shorter than 7 days");
        assertEquals(1, bucket(exposition, exchange, "+Inf"));
        assertEquals("histogram", exposition.type("m365_issue_resolution_duration_seconds"));
    }

    @Test
    void exposesTheHistoryCountersOfTheStore() {
        Exposition exposition = Scrapes.render(List.of(StoryStates.contoso()));
        Map<String, String> exchange = Map.of("tenant", "contoso", "service_name", "Exchange Online",
                "classification", "incident");

        assertEquals(3, exposition.value("m365_issues_seen_total", exchange));
        assertEquals(1, exposition.value("m365_issues_reopened_total", Map.of("tenant", "contoso",
                "service_name", "Exchange Online", "classification", "incident", "kind", "follow_up")));
        assertEquals(1, exposition.samples("m365_issues_reopened_total").stream().mapToDouble(s -> s.value()).sum());
        assertEquals(StoryStates.EX1215307_DURATION.plus(StoryStates.EX1256020_DURATION)
                        .plus(StoryStates.EX1268771_SO_FAR).toSeconds(),
                exposition.value("m365_service_impact_seconds_total", exchange));
        assertEquals(1, exposition.value("m365_messages_seen_total",
                Map.of("tenant", "contoso", "category", "stayInformed", "severity", "normal")));
        assertEquals("counter", exposition.type("m365_service_impact_seconds_total"));
    }

    @Test
    void keepsTheReopenGaugeAndTheReopenCounterAsTwoFamilies() {
        Exposition exposition = Scrapes.render(List.of(StoryStates.contoso()));

        assertEquals("gauge", exposition.type("m365_issue_reopens"));
        assertEquals("counter", exposition.type("m365_issues_reopened_total"));
        assertEquals(1, exposition.samples("m365_issue_reopens").size(), "one per open issue");
        assertFalse(exposition.samples("m365_issues_reopened_total").isEmpty());
    }

    @Test
    void startsTheIssueCountersOfEveryKnownServiceAtZero() {
        Exposition exposition = Scrapes.render(List.of(StoryStates.contoso()));
        Map<String, String> identityAdvisories = Map.of("tenant", "contoso", "service_name", "Identity Service",
                "classification", "advisory");

        assertEquals(0, exposition.value("m365_issues_seen_total", identityAdvisories));
        assertEquals(0, exposition.value("m365_service_impact_seconds_total", identityAdvisories));
        for (String kind : List.of("same_id", "follow_up")) {
            Map<String, String> labels = new java.util.HashMap<>(identityAdvisories);
            labels.put("kind", kind);
            assertEquals(0, exposition.value("m365_issues_reopened_total", labels));
        }
        long services = exposition.samples("m365_service_status").size();
        assertEquals(services * 2, exposition.samples("m365_issues_seen_total").size(),
                "one series per known service and classification");
        assertEquals(services * 4, exposition.samples("m365_issues_reopened_total").size(),
                "one series per known service, classification and kind");
    }

    @Test
    void trimsLongTitlesTo200Characters() {
        String title = "Mail delays " + "x".repeat(300);
        Issue issue = new Issue("EX9", title, "Exchange Online", null, null, Classification.INCIDENT, Origin.MICROSOFT,
                ServiceHealthStatus.INVESTIGATING, false, null, Instant.parse("2026-04-03T10:00:00Z"), null,
                Instant.parse("2026-04-03T10:00:00Z"), List.of());

        Exposition exposition = Scrapes.render(List.of(Scrapes.state("contoso", List.of(new TrackedIssue(issue, 0)), List.of())));

        String exposed = exposition.samples("m365_issue_info").get(0).label("title");
        assertEquals(title.substring(0, 200), exposed);
        assertEquals("", exposition.samples("m365_issue_info").get(0).label("feature"));
    }

    @Test
    void showsThePromisedNextUpdateOfOpenIssuesOnly() {
        Instant promise = Instant.parse("2026-04-03T14:00:00Z");
        Exposition exposition = Scrapes.render(List.of(Scrapes.state("contoso", List.of(
                new TrackedIssue(issue("EX1", "Exchange Online", Classification.INCIDENT, false), 0, promise),
                new TrackedIssue(issue("EX2", "Exchange Online", Classification.INCIDENT, true), 0, promise),
                new TrackedIssue(issue("EX3", "Exchange Online", Classification.INCIDENT, false), 0, null)), List.of())));

        assertEquals(promise.getEpochSecond(), exposition.value("m365_issue_next_update_timestamp_seconds",
                Map.of("tenant", "contoso", "id", "EX1")));
        assertEquals(List.of("EX1"), exposition.samples("m365_issue_next_update_timestamp_seconds").stream()
                .map(sample -> sample.label("id")).toList());
    }

    @Test
    void aVanishedIssueIsShownClosedLeftOutOfTheOpenCountAndCounted() throws Exception {
        Issue gone = issue("EX1", "Exchange Online", Classification.INCIDENT, false);
        Issue open = issue("EX2", "Exchange Online", Classification.INCIDENT, false);
        ServiceKey exchange = new ServiceKey("Exchange Online", Classification.INCIDENT);
        IssueTotals totals = new IssueTotals(Map.of(exchange, 2L), Map.of(), Map.of(), Map.of(), Map.of(exchange, 1L));
        Instant at = Instant.parse("2026-04-03T12:00:00Z");
        TenantSnapshot snapshot = new TenantSnapshot("contoso", at, List.of(),
                List.of(new TrackedIssue(gone, 0, null, true), new TrackedIssue(open, 0)), totals, List.of(), Map.of());
        TenantState state = new TenantState("contoso", snapshot, Scrapes.state("contoso", List.of(), List.of()).endpoints(), "");

        String text = Scrapes.text(new ExporterMetrics(() -> List.of(state), Scrapes.BUILD));
        Exposition exposition = Exposition.parse(text);

        assertEquals(0, exposition.value("m365_issue_open", Map.of("tenant", "contoso", "id", "EX1")));
        assertEquals(1, exposition.value("m365_issue_open", Map.of("tenant", "contoso", "id", "EX2")));
        assertEquals(1, openIssues(exposition, "contoso", "Exchange Online", "incident"));
        assertEquals(1, exposition.value("m365_issues_vanished_total", Map.of("tenant", "contoso",
                "service_name", "Exchange Online", "classification", "incident")));
        assertEquals(0, exposition.value("m365_issues_vanished_total", Map.of("tenant", "contoso",
                "service_name", "Exchange Online", "classification", "advisory")), "zero-started");
        Promtool.assertCleanMetrics(text);
    }

    private static double openIssues(Exposition exposition, String tenant, String service, String classification) {
        return exposition.value("m365_issues_open",
                Map.of("tenant", tenant, "service_name", service, "classification", classification));
    }

    private static double bucket(Exposition exposition, Map<String, String> labels, String le) {
        return exposition.value("m365_issue_resolution_duration_seconds_bucket", Scrapes.with(labels, "le", le));
    }

    private static Issue issue(String id, String service, Classification classification, boolean resolved) {
        Instant start = Instant.parse("2026-04-03T08:00:00Z");
        return new Issue(id, "Title of " + id, service, null, null, classification, Origin.MICROSOFT,
                resolved ? ServiceHealthStatus.SERVICE_RESTORED : ServiceHealthStatus.INVESTIGATING, resolved, null,
                start, resolved ? start.plusSeconds(3600) : null, start.plusSeconds(3600), List.of());
    }
}
