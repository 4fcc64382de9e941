package io.github.m365health.dashboards;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every series a dashboard may query, with its labels: DESIGN.md §5, the additions fixed in the
 * cross-team contracts (m365_messages_seen_total and the SLA recording rules), and Prometheus' own
 * {@code up}. Prometheus adds {@code job} and {@code instance} to every scraped series.
 */
final class KnownMetrics {

    static final Set<String> TARGET_LABELS = Set.of("job", "instance");

    private static final Set<String> TENANT_ID = Set.of("tenant", "id");
    private static final Set<String> SERVICE_CLASS = Set.of("tenant", "service_name", "classification");
    private static final Set<String> ENDPOINT = Set.of("tenant", "endpoint");
    private static final String RECORDED = "tenant_service_name_classification:";

    private static final Map<String, Set<String>> LABELS = catalogue();

    private KnownMetrics() {}

    private static Map<String, Set<String>> catalogue() {
        Map<String, Set<String>> m = new HashMap<>();
        m.put("m365_service_status", Set.of("tenant", "service_id", "service_name", "status"));
        m.put("m365_issues_open", SERVICE_CLASS);
        m.put("m365_issue_open", Set.of("tenant", "id", "service_name", "classification"));
        m.put("m365_issue_info", Set.of("tenant", "id", "service_name", "classification", "origin", "feature_group", "feature", "title"));
        m.put("m365_issue_status", Set.of("tenant", "id", "status"));
        m.put("m365_issue_start_timestamp_seconds", TENANT_ID);
        m.put("m365_issue_last_update_timestamp_seconds", TENANT_ID);
        m.put("m365_issue_reopens", TENANT_ID);
        m.put("m365_issues_seen_total", SERVICE_CLASS);
        m.put("m365_issues_reopened_total", Set.of("tenant", "service_name", "classification", "kind"));
        m.put("m365_issues_vanished_total", SERVICE_CLASS);
        m.put("m365_issue_resolution_duration_seconds_bucket", Set.of("tenant", "service_name", "classification", "le"));
        m.put("m365_issue_resolution_duration_seconds_sum", SERVICE_CLASS);
        m.put("m365_issue_resolution_duration_seconds_count", SERVICE_CLASS);
        m.put("m365_service_impact_seconds_total", SERVICE_CLASS);
        m.put("m365_messages", Set.of("tenant", "service_name", "category", "severity", "major_change"));
        m.put("m365_message_info", Set.of("tenant", "id", "category", "severity", "major_change", "title"));
        m.put("m365_message_action_required_by_timestamp_seconds", TENANT_ID);
        m.put("m365_message_start_timestamp_seconds", TENANT_ID);
        m.put("m365_message_end_timestamp_seconds", TENANT_ID);
        m.put("m365_message_last_update_timestamp_seconds", TENANT_ID);
        m.put("m365_messages_seen_total", Set.of("tenant", "category", "severity"));
        m.put("m365_up", Set.of("tenant"));
        m.put("m365_poll_last_success_timestamp_seconds", ENDPOINT);
        m.put("m365_poll_duration_seconds", ENDPOINT);
        m.put("m365_graph_requests_total", Set.of("tenant", "endpoint", "code"));
        m.put("m365_graph_retries_total", Set.of("tenant", "endpoint", "reason"));
        m.put("m365_exporter_build_info", Set.of("version", "revision", "java_version"));
        m.put("m365_translation_requests_total", Set.of("provider", "code"));
        m.put("m365_translation_characters_total", Set.of("provider"));
        m.put("m365_exporter_web_info", Set.of("external_url"));
        m.put("up", Set.of());
        for (String rule : new String[] {"m365_service_impact_seconds:increase30d", "m365_service_impact_minutes:increase30d",
                "m365_service_impact:ratio30d", "m365_service_availability:ratio30d",
                "m365_issue_resolution_duration_seconds:mean30d", "m365_issue_resolution_duration_seconds:p90_30d",
                "m365_issues_seen:increase30d"}) {
            m.put(RECORDED + rule, SERVICE_CLASS);
        }
        m.put("tenant_service_name_classification_kind:m365_issues_reopened:increase30d",
                Set.of("tenant", "service_name", "classification", "kind"));
        return Map.copyOf(m);
    }

    static boolean isKnown(String metric) {
        return LABELS.containsKey(metric);
    }

    /** The metric's own labels, without the target labels. */
    static Optional<Set<String>> labels(String metric) {
        return Optional.ofNullable(LABELS.get(metric));
    }

    static boolean hasLabel(String metric, String label) {
        return TARGET_LABELS.contains(label) || label.equals("__name__")
                || labels(metric).map(l -> l.contains(label)).orElse(false);
    }
}
