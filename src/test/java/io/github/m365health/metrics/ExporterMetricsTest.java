package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.poll.EndpointStatus;
import io.github.m365health.poll.TenantState;
import io.github.m365health.poll.TenantStates;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ExporterMetricsTest {

    private static final BuildInfo BUILD = new BuildInfo("1.2.3", "abc1234", "17.0.15");

    @Test
    void showsEveryServiceOnceWithItsCurrentStatus() {
        Exposition exposition = render(StoryStates.twoTenants());

        List<Exposition.Sample> contoso = exposition.samples("m365_service_status", Map.of("tenant", "contoso"));
        assertEquals(3, contoso.size());
        assertEquals(1, exposition.value("m365_service_status", Map.of("tenant", "contoso",
                "service_id", "Exchange", "service_name", "Exchange Online", "status", "serviceDegradation")));
        assertEquals(1, exposition.value("m365_service_status", Map.of("tenant", "fabrikam",
                "service_name", "Exchange Online", "status", "serviceRestored")));
    }

    @Test
    void showsZeroOpenIssuesForEveryKnownServiceAndBothClassifications() {
        Exposition exposition = render(List.of(StoryStates.contoso()));

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
        TenantState state = state("contoso", List.of(new TrackedIssue(teams, 0)), List.of());

        Exposition exposition = render(List.of(state));

        assertEquals(1, openIssues(exposition, "contoso", "Microsoft Teams", "advisory"));
        assertEquals(0, openIssues(exposition, "contoso", "Microsoft Teams", "incident"));
    }

    @Test
    void countsIssuesOfUnknownClassificationUnderUnknown() {
        TenantState state = state("contoso", List.of(
                new TrackedIssue(issue("EX1", "Exchange Online", Classification.UNKNOWN, false), 0),
                new TrackedIssue(issue("EX2", "Exchange Online", Classification.UNKNOWN, true), 0)), List.of());

        Exposition exposition = render(List.of(state));

        assertEquals(1, openIssues(exposition, "contoso", "Exchange Online", "unknown"));
        assertEquals(0, openIssues(exposition, "contoso", "Exchange Online", "incident"));
    }

    @Test
    void keepsEndedIssuesAsClosedSeriesWithTheirEnd() {
        Exposition exposition = render(List.of(StoryStates.contoso()));
        Map<String, String> ex1256020 = Map.of("tenant", "contoso", "id", "EX1256020");
        Map<String, String> ex1268771 = Map.of("tenant", "contoso", "id", "EX1268771");

        assertEquals(0, exposition.value("m365_issue_open", ex1256020));
        assertEquals(1, exposition.value("m365_issue_open", ex1268771));
        assertEquals(Instant.parse("2026-04-01T20:00:00Z").getEpochSecond(),
                exposition.value("m365_issue_end_timestamp_seconds", ex1256020));
        assertTrue(exposition.samples("m365_issue_end_timestamp_seconds", ex1268771).isEmpty(),
                "an open issue has no end series");
        assertEquals(Instant.parse("2026-04-02T19:14:14Z").getEpochSecond(),
                exposition.value("m365_issue_start_timestamp_seconds", ex1268771));
        assertEquals(1, exposition.value("m365_issue_reopens", ex1256020));
        assertEquals(1, exposition.value("m365_issue_status", Map.of("id", "EX1256020", "status", "serviceRestored")));
    }

    @Test
    void showsTheRevisedStartOfEx1215307AndItsResolutionDuration() {
        Exposition exposition = render(List.of(StoryStates.fabrikam()));
        Map<String, String> exchange = Map.of("tenant", "fabrikam", "service_name", "Exchange Online",
                "classification", "incident");

        assertEquals(Instant.parse("2026-01-02T00:00:00Z").getEpochSecond(),
                exposition.value("m365_issue_start_timestamp_seconds", Map.of("id", "EX1215307")));
        assertEquals(6 * 86400 + 11 * 3600 + 30 * 60,
                exposition.value("m365_issue_resolution_duration_seconds_sum", exchange));
        assertEquals(1, exposition.value("m365_issue_resolution_duration_seconds_count", exchange));
        assertEquals(0, bucket(exposition, exchange, "345600.0"), "longer than 4 days");
        assertEquals(1, bucket(exposition, exchange, "604800.0"), "shorter than 7 days");
        assertEquals(1, bucket(exposition, exchange, "+Inf"));
        assertEquals("histogram", exposition.type("m365_issue_resolution_duration_seconds"));
    }

    @Test
    void exposesTheHistoryCountersOfTheStore() {
        Exposition exposition = render(List.of(StoryStates.contoso()));
        Map<String, String> exchange = Map.of("tenant", "contoso", "service_name", "Exchange Online",
                "classification", "incident");

        assertEquals(3, exposition.value("m365_issues_seen_total", exchange));
        assertEquals(1, exposition.value("m365_issue_reopens_total", Map.of("tenant", "contoso", "kind", "follow_up")));
        assertEquals(1, exposition.samples("m365_issue_reopens_total").size());
        assertEquals(StoryStates.EX1215307_DURATION.plus(StoryStates.EX1256020_DURATION)
                        .plus(StoryStates.EX1268771_SO_FAR).toSeconds(),
                exposition.value("m365_service_impact_seconds_total", exchange));
        assertEquals(1, exposition.value("m365_messages_seen_total",
                Map.of("tenant", "contoso", "category", "stayInformed", "severity", "normal")));
        assertEquals("counter", exposition.type("m365_service_impact_seconds_total"));
    }

    @Test
    void countsAPostOncePerServiceItNames() {
        Message mc172851 = StoryStates.mc172851();
        Message twice = message("MC2", List.of("Exchange Online", "Exchange Online"), null);
        TenantState state = state("contoso", Instant.parse("2019-04-01T00:00:00Z"), List.of(), List.of(mc172851, twice));

        Exposition exposition = render(List.of(state));

        Map<String, String> stayInformed = Map.of("tenant", "contoso", "category", "stayInformed",
                "severity", "normal", "major_change", "true");
        assertEquals(1, exposition.value("m365_messages", with(stayInformed, "service_name", "SharePoint Online")));
        assertEquals(1, exposition.value("m365_messages", with(stayInformed, "service_name", "OneDrive for Business")));
        assertEquals(1, exposition.value("m365_messages", Map.of("service_name", "Exchange Online")));
        assertEquals(3, exposition.samples("m365_messages").size());
        assertEquals(2, exposition.samples("m365_message_info").size(), "one info series per post");
    }

    @Test
    void countsAPostNamingNoServiceUnderUnspecified() {
        TenantState state = state("contoso", List.of(), List.of(message("MC3", List.of(), null), message("MC4", null, null)));

        Exposition exposition = render(List.of(state));

        assertEquals(2, exposition.value("m365_messages", Map.of("service_name", "unspecified")));
    }

    @Test
    void exposesMessageDeadlinesAndEndsOnlyWhereSet() {
        Message noEnd = message("MC5", List.of("Exchange Online"), null);
        TenantState state = state("contoso", List.of(), List.of(StoryStates.mc9999001(), noEnd));

        Exposition exposition = render(List.of(state));

        assertEquals(Instant.parse("2026-06-30T00:00:00Z").getEpochSecond(),
                exposition.value("m365_message_action_required_by_timestamp_seconds", Map.of("id", "MC9999001")));
        assertTrue(exposition.samples("m365_message_action_required_by_timestamp_seconds", Map.of("id", "MC5")).isEmpty());
        assertTrue(exposition.samples("m365_message_end_timestamp_seconds", Map.of("id", "MC5")).isEmpty());
        assertEquals(1, exposition.samples("m365_message_start_timestamp_seconds", Map.of("id", "MC5")).size());
        assertEquals(1, exposition.value("m365_message_info", Map.of("id", "MC9999001", "category", "planForChange",
                "severity", "high", "major_change", "true", "title", "SYNTHETIC EXAMPLE: Exchange Online setting retirement")));
    }

    @Test
    void reportsUpOnlyWhenEveryListingSucceeded() {
        TenantState neverPolled = new TenantState("northwind",
                TenantSnapshot.empty("northwind", Instant.parse("2026-04-03T12:00:00Z")), Map.of(), "");

        Exposition exposition = render(List.of(StoryStates.contoso(), StoryStates.fabrikam(), neverPolled));

        assertEquals(1, exposition.value("m365_up", Map.of("tenant", "contoso")));
        assertEquals(0, exposition.value("m365_up", Map.of("tenant", "fabrikam")), "messages listing failed");
        assertEquals(0, exposition.value("m365_up", Map.of("tenant", "northwind")), "nothing polled yet");
        assertTrue(exposition.samples("m365_poll_duration_seconds", Map.of("tenant", "northwind")).isEmpty());
    }

    @Test
    void reportsTheLastSuccessOfAListingOnlyOnceItSucceeded() {
        Exposition exposition = render(List.of(StoryStates.fabrikam()));
        Map<String, String> messages = Map.of("tenant", "fabrikam", "endpoint", "messages");

        assertTrue(exposition.samples("m365_poll_last_success_timestamp_seconds", messages).isEmpty());
        assertEquals(0.15, exposition.value("m365_poll_duration_seconds", messages), 1e-9);
        assertEquals(Instant.parse("2026-01-08T12:39:01Z").getEpochSecond(), exposition.value(
                "m365_poll_last_success_timestamp_seconds", Map.of("tenant", "fabrikam", "endpoint", "issues")));
    }

    @Test
    void leavesOutTheDataOfATenantThatFailsToRenderButKeepsItsUpAndTheOtherTenants() {
        TenantSection failsForFabrikam = (state, into) -> {
            if (state.tenant().equals("fabrikam")) {
                throw new IllegalStateException("simulated rendering failure");
            }
        };
        // The failing section runs last, after fabrikam's issue series were already written.
        ExporterMetrics metrics = new ExporterMetrics(StoryStates::twoTenants, BUILD,
                List.of(new IssueSection(), new HistorySection(), new MessageSection(), failsForFabrikam));

        Exposition exposition = Exposition.parse(text(metrics));

        assertEquals(0, exposition.value("m365_up", Map.of("tenant", "fabrikam")));
        assertEquals(3, exposition.samples("m365_poll_duration_seconds", Map.of("tenant", "fabrikam")).size());
        assertTrue(exposition.samples().stream()
                        .filter(s -> "fabrikam".equals(s.label("tenant")))
                        .allMatch(s -> s.name().startsWith("m365_up") || s.name().startsWith("m365_poll_")),
                "no data series of fabrikam");
        assertEquals(1, exposition.value("m365_issue_open", Map.of("tenant", "contoso", "id", "EX1268771")));
        assertEquals(1, exposition.value("m365_exporter_build_info", Map.of("version", "1.2.3")));
    }

    @Test
    void logsARenderingFailureOnceUntilTheTenantRendersAgain() {
        AtomicBoolean failing = new AtomicBoolean(true);
        TenantSection flaky = (state, into) -> {
            if (failing.get()) {
                throw new IllegalStateException("simulated rendering failure");
            }
        };
        ExporterMetrics metrics = new ExporterMetrics(() -> List.of(StoryStates.contoso()), BUILD, List.of(flaky));
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(ExporterCollector.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            text(metrics);
            text(metrics);
            text(metrics);
            assertEquals(1, records.stream().filter(r -> r.getLevel() == Level.SEVERE).count());

            failing.set(false);
            text(metrics);
            failing.set(true);
            text(metrics);
            assertEquals(2, records.stream().filter(r -> r.getLevel() == Level.SEVERE).count());
            assertEquals(List.of("tenant", "contoso"), List.of(records.get(0).getParameters()));
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void trimsLongTitlesTo200Characters() {
        String title = "Mail delays " + "x".repeat(300);
        Issue issue = new Issue("EX9", title, "Exchange Online", null, null, Classification.INCIDENT, Origin.MICROSOFT,
                ServiceHealthStatus.INVESTIGATING, false, null, Instant.parse("2026-04-03T10:00:00Z"), null,
                Instant.parse("2026-04-03T10:00:00Z"), List.of());

        Exposition exposition = render(List.of(state("contoso", List.of(new TrackedIssue(issue, 0)), List.of())));

        String exposed = exposition.samples("m365_issue_info").get(0).label("title");
        assertEquals(title.substring(0, 200), exposed);
        assertEquals("", exposition.samples("m365_issue_info").get(0).label("feature"));
    }

    @Test
    void keepsTheReopenGaugeAndTheReopenCounterAsTwoFamilies() {
        Exposition exposition = render(List.of(StoryStates.contoso()));

        assertEquals("gauge", exposition.type("m365_issue_reopens"));
        // Untyped: as a counter its OpenMetrics family name would clash with the gauge's.
        assertEquals("untyped", exposition.type("m365_issue_reopens_total"));
        assertEquals(2, exposition.samples("m365_issue_reopens").size());
        assertEquals(1, exposition.samples("m365_issue_reopens_total").size());
    }

    @Test
    void exposesTheBuildAndCachedHelpWithoutSampleTimestamps() {
        Exposition exposition = render(StoryStates.twoTenants());

        assertEquals(1, exposition.value("m365_exporter_build_info",
                Map.of("version", "1.2.3", "revision", "abc1234", "java_version", "17.0.15")));
        assertTrue(exposition.samples().stream().noneMatch(Exposition.Sample::timestamped));
        for (String family : List.of("m365_service_status", "m365_issues_open", "m365_issue_info",
                "m365_issue_resolution_duration_seconds", "m365_messages", "m365_message_info")) {
            assertTrue(exposition.help(family).contains("Cached from the last poll of Microsoft Graph"), family);
        }
    }

    @Test
    void rendersTheSameTextWhateverTheOrderOfTenantsIssuesAndMaps() {
        List<TenantState> reordered = new ArrayList<>();
        for (TenantState state : StoryStates.twoTenants()) {
            TenantSnapshot s = state.snapshot();
            reordered.add(0, new TenantState(state.tenant(), new TenantSnapshot(s.tenant(), s.takenAt(),
                    reversed(s.services()), reversed(s.issues()), s.issueTotals(), s.activeMessages(), s.messagesSeen()),
                    state.endpoints(), state.lastError()));
        }

        assertEquals(text(new ExporterMetrics(StoryStates::twoTenants, BUILD)),
                text(new ExporterMetrics(() -> reordered, BUILD)));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static double openIssues(Exposition exposition, String tenant, String service, String classification) {
        return exposition.value("m365_issues_open",
                Map.of("tenant", tenant, "service_name", service, "classification", classification));
    }

    private static double bucket(Exposition exposition, Map<String, String> labels, String le) {
        return exposition.value("m365_issue_resolution_duration_seconds_bucket", with(labels, "le", le));
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> out = new java.util.HashMap<>(labels);
        out.put(name, value);
        return out;
    }

    private static Issue issue(String id, String service, Classification classification, boolean resolved) {
        Instant start = Instant.parse("2026-04-03T08:00:00Z");
        return new Issue(id, "Title of " + id, service, null, null, classification, Origin.MICROSOFT,
                resolved ? ServiceHealthStatus.SERVICE_RESTORED : ServiceHealthStatus.INVESTIGATING, resolved, null,
                start, resolved ? start.plusSeconds(3600) : null, start.plusSeconds(3600), List.of());
    }

    private static Message message(String id, List<String> services, Instant actionRequiredBy) {
        return new Message(id, "Post " + id, Instant.parse("2019-03-01T00:00:00Z"), null,
                Instant.parse("2019-03-01T00:00:00Z"), MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.NORMAL,
                false, actionRequiredBy, services, null);
    }

    private static TenantState state(String tenant, List<TrackedIssue> issues, List<Message> messages) {
        return state(tenant, Instant.parse("2026-04-03T12:00:00Z"), issues, messages);
    }

    private static TenantState state(String tenant, Instant at, List<TrackedIssue> issues, List<Message> messages) {
        TenantSnapshot snapshot = new TenantSnapshot(tenant, at, List.of(), issues, IssueTotals.EMPTY, messages, Map.of());
        EndpointStatus ok = new EndpointStatus(true, at, Duration.ofMillis(100));
        return new TenantState(tenant, snapshot, Map.of(GraphEndpoint.HEALTH_OVERVIEWS, ok,
                GraphEndpoint.ISSUES, ok, GraphEndpoint.MESSAGES, ok), "");
    }

    private static Exposition render(List<TenantState> states) {
        TenantStates current = () -> states;
        return Exposition.parse(text(new ExporterMetrics(current, BUILD)));
    }

    private static String text(ExporterMetrics metrics) {
        StringWriter out = new StringWriter();
        try {
            metrics.writeText(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
