package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each dashboard must show (issue: dashboards for health, SLA, Message Center, exporter health). */
class DashboardContentTest {

    private static final Dashboard HEALTH = load("m365-service-health");
    private static final Dashboard SLA = load("m365-sla-trends");
    private static final Dashboard MESSAGES = load("m365-message-center");
    private static final Dashboard EXPORTER = load("m365-exporter-health");

    private static Dashboard load(String uid) {
        return Dashboard.load(Path.of("grafana-dashboards", uid + ".json"));
    }

    private static JsonNode panel(Dashboard d, String title) {
        return d.panels().stream().filter(p -> p.path("title").asText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(d.uid() + " has no panel '" + title + "'"));
    }

    private static List<String> exprs(JsonNode panel) {
        List<String> all = new ArrayList<>();
        panel.path("targets").forEach(t -> all.add(t.path("expr").asText()));
        return all;
    }

    private static void assertQueries(JsonNode panel, String... fragments) {
        String all = String.join("\n", exprs(panel));
        for (String fragment : fragments) {
            assertTrue(all.contains(fragment), () -> "'" + panel.path("title").asText() + "' lacks " + fragment + " in:\n" + all);
        }
    }

    @Test
    void linksEachOpenIssueToItsPageOnTheExporter() {
        String json = HEALTH.json().toString();

        assertTrue(json.contains("\"url\":\"${external_url}/issues/${__data.fields.Tenant}/${__value.text}\""), json);
        assertTrue(json.contains("\"definition\":\"label_values(m365_exporter_web_info, external_url)\""), json);
    }

    @Test
    void everyDashboardFiltersByTenantAndTheRelevantLabels() {
        // external_url is hidden and filters nothing: it builds the open-issues table's link to the issue page.
        assertEquals(List.of("datasource", "tenant", "service_name", "classification", "external_url"), variableNames(HEALTH));
        assertEquals(List.of("datasource", "tenant", "service_name", "classification"), variableNames(SLA));
        assertEquals(List.of("datasource", "tenant", "service_name", "category", "severity"), variableNames(MESSAGES));
        assertEquals(List.of("datasource", "tenant"), variableNames(EXPORTER));
    }

    private static List<String> variableNames(Dashboard d) {
        return d.variables().stream().map(v -> v.path("name").asText()).toList();
    }

    @Test
    void serviceHealthShowsEachTenantsServicesAsATimelineAndAGridMappedFromTheStatusLabel() {
        JsonNode row = panel(HEALTH, "Tenant $tenant");
        assertEquals("tenant", row.path("repeat").asText());

        JsonNode timeline = panel(HEALTH, "Service status over time");
        assertEquals("state-timeline", timeline.path("type").asText());
        assertQueries(timeline, "m365_service_status{", "status=\"serviceInterruption\"");

        JsonNode grid = panel(HEALTH, "Current status");
        JsonNode statusColumn = grid.path("fieldConfig").path("overrides").get(0);
        assertEquals("Status", statusColumn.path("matcher").path("options").asText());
        JsonNode mapping = statusColumn.path("properties").get(0).path("value").get(0).path("options");
        assertEquals("red", mapping.path("serviceInterruption").path("color").asText());
        assertEquals("green", mapping.path("serviceOperational").path("color").asText());
    }

    @Test
    void serviceHealthListsOpenIssuesWithAdminCenterLinkAndTheirTimes() {
        JsonNode table = panel(HEALTH, "Open issues");
        assertQueries(table, "m365_issue_info{", "m365_issue_open{", "m365_issue_status{",
                "m365_issue_start_timestamp_seconds{", "m365_issue_last_update_timestamp_seconds{",
                "(time() - m365_issue_start_timestamp_seconds{");
        String json = table.toString();
        assertTrue(json.contains("https://admin.microsoft.com/#/servicehealth/:/alerts/${__value.text}"));
        for (String column : List.of("\"Id\"", "\"Service\"", "\"Title\"", "\"Status\"", "\"Started\"", "\"Last update\"", "\"Duration\"")) {
            assertTrue(json.contains(column), column);
        }
    }

    @Test
    void serviceHealthMarksIssueStartsAtGraphsStartTime() {
        JsonNode started = HEALTH.annotations().get(0);
        assertEquals("Issue started", started.path("name").asText());
        assertTrue(started.path("useValueForTime").asBoolean());
        assertTrue(started.path("expr").asText().startsWith("m365_issue_start_timestamp_seconds{tenant=~\"$tenant\"} * 1000"));
    }

    @Test
    void slaFiguresAreInstantQueriesOverTheSelectedRangeSoThisAndPreviousMonthAreExact() {
        JsonNode table = panel(SLA, "Availability and impact by service");
        assertQueries(table, "increase(m365_service_impact_seconds_total{", "[$__range]", "/ $__range_s");
        table.path("targets").forEach(t -> assertTrue(t.path("instant").asBoolean()));
        assertEquals("now/M", SLA.json().path("time").path("from").asText());
    }

    @Test
    void slaTrendsCountIssuesPerWeekTimeToResolveAndReopensByKind() {
        assertQueries(panel(SLA, "Issues per week"), "increase(m365_issues_seen_total{", "[1w]");
        assertQueries(panel(SLA, "Time to resolve"), "m365_issue_resolution_duration_seconds_sum{",
                "histogram_quantile(0.9, sum by (le, classification) (increase(m365_issue_resolution_duration_seconds_bucket{");
        assertQueries(panel(SLA, "Time to resolve, rolling 30 days"),
                "tenant_service_name_classification:m365_issue_resolution_duration_seconds:mean30d{",
                "tenant_service_name_classification:m365_issue_resolution_duration_seconds:p90_30d{");
        assertQueries(panel(SLA, "Reopens by kind"), "sum by (kind) (increase(m365_issues_reopened_total{");
        assertQueries(panel(SLA, "Reopens by kind, rolling 30 days"),
                "tenant_service_name_classification_kind:m365_issues_reopened:increase30d{");
    }

    @Test
    void messageCenterSortsPostsRequiringActionByTimeLeft() {
        JsonNode table = panel(MESSAGES, "Action required, by deadline");
        assertQueries(table, "(m365_message_action_required_by_timestamp_seconds{tenant=~\"$tenant\"} - time())",
                "group_left (category, severity, major_change, title)");
        JsonNode sort = table.path("options").path("sortBy").get(0);
        assertEquals("Time left", sort.path("displayName").asText());
        assertEquals(false, sort.path("desc").asBoolean());
    }

    @Test
    void messageCenterShowsMajorChangesAndCountsByCategorySeverityAndService() {
        assertQueries(panel(MESSAGES, "Major changes"), "major_change=\"true\"");
        assertQueries(panel(MESSAGES, "Posts by category"), "sum by (category) (m365_messages{");
        assertQueries(panel(MESSAGES, "Posts by severity"), "sum by (severity) (m365_messages{");
        assertQueries(panel(MESSAGES, "Posts by service"), "sum by (service_name) (m365_messages{");
    }

    @Test
    void exporterHealthCoversUpPollAgeDurationsResponseCodesRetriesAndBuild() {
        assertQueries(panel(EXPORTER, "Last poll result by tenant"), "max by (tenant) (m365_up{");
        assertQueries(panel(EXPORTER, "Age of last successful poll"), "time() - max by (tenant, endpoint) (m365_poll_last_success_timestamp_seconds{");
        assertQueries(panel(EXPORTER, "Poll duration"), "m365_poll_duration_seconds{");
        assertQueries(panel(EXPORTER, "Graph responses by code"), "sum by (tenant, endpoint, code) (rate(m365_graph_requests_total{");
        assertQueries(panel(EXPORTER, "Retries by reason"), "sum by (tenant, endpoint, reason) (rate(m365_graph_retries_total{");
        assertQueries(panel(EXPORTER, "Exporter instances"), "m365_exporter_build_info");
    }

    @Test
    void dashboardsTogetherReadEveryExportedMetricFamily() {
        Set<String> used = new java.util.TreeSet<>();
        for (Dashboard d : List.of(HEALTH, SLA, MESSAGES, EXPORTER)) {
            for (Dashboard.Query q : d.queries()) {
                PromQlExpr.selectors(PromQlParser.parseTemplate(q.expr())).forEach(s -> used.add(s.metric().orElse("")));
            }
        }
        for (String metric : List.of("m365_service_status", "m365_issues_open", "m365_issue_open", "m365_issue_info",
                "m365_issue_status", "m365_issue_start_timestamp_seconds",
                "m365_issue_last_update_timestamp_seconds", "m365_issue_reopens", "m365_issues_seen_total", "m365_issues_reopened_total",
                "m365_issue_resolution_duration_seconds_bucket", "m365_service_impact_seconds_total", "m365_messages",
                "m365_message_info", "m365_message_action_required_by_timestamp_seconds", "m365_messages_seen_total",
                "m365_up", "m365_poll_last_success_timestamp_seconds", "m365_poll_duration_seconds",
                "m365_graph_requests_total", "m365_graph_retries_total", "m365_exporter_build_info",
                "m365_translation_requests_total", "m365_translation_characters_total")) {
            assertTrue(used.contains(metric), metric + " is on no dashboard");
        }
    }
}
