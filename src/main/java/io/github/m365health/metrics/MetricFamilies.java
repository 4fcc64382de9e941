package io.github.m365health.metrics;

import java.util.List;

/**
 * Every family the exporter exposes from tenant state, with the names and labels of DESIGN §5
 * that dashboards and alert rules depend on. Declaration order is exposition order.
 */
final class MetricFamilies {

    private static final String CACHED = " Cached from the last poll of Microsoft Graph.";

    static final FamilySpec BUILD_INFO = FamilySpec.gauge("m365_exporter_build_info",
            "Build of the running exporter (value 1).", "version", "revision", "java_version");
    static final FamilySpec SHARD_INFO = FamilySpec.gauge("m365_exporter_shard_info",
            "Which replica of a sharded exporter this is, from --tenants.shard=INDEX/COUNT (value 1).", "index", "count");

    static final FamilySpec UP = FamilySpec.gauge("m365_up",
            "1 if the last poll of every Graph listing of the tenant succeeded, else 0.", "tenant");
    static final FamilySpec POLL_LAST_SUCCESS = FamilySpec.gauge("m365_poll_last_success_timestamp_seconds",
            "Unix time at which the last successful poll of the listing ended.", "tenant", "endpoint");
    static final FamilySpec POLL_DURATION = FamilySpec.gauge("m365_poll_duration_seconds",
            "Duration of the last poll of the listing, successful or not.", "tenant", "endpoint");

    static final FamilySpec SERVICE_STATUS = FamilySpec.gauge("m365_service_status",
            "Current status of each service (value 1, the status in a label)." + CACHED,
            "tenant", "service_id", "service_name", "status");
    static final FamilySpec ISSUES_OPEN = FamilySpec.gauge("m365_issues_open",
            "Unresolved service health issues per service and classification." + CACHED,
            "tenant", "service_name", "classification");
    static final FamilySpec ISSUE_OPEN = FamilySpec.gauge("m365_issue_open",
            "1 while the issue is unresolved, 0 once it ended (kept for the resolved-issue retention)." + CACHED,
            "tenant", "id", "service_name", "classification");
    static final FamilySpec ISSUE_INFO = FamilySpec.gauge("m365_issue_info",
            "Descriptive labels of an unresolved service health issue (value 1, title trimmed)." + CACHED,
            "tenant", "id", "service_name", "classification", "origin", "feature_group", "feature", "title");
    static final FamilySpec ISSUE_STATUS = FamilySpec.gauge("m365_issue_status",
            "Current status of an unresolved service health issue (value 1, the status in a label)." + CACHED,
            "tenant", "id", "status");
    static final FamilySpec ISSUE_START = FamilySpec.gauge("m365_issue_start_timestamp_seconds",
            "Start of an unresolved issue as Graph reports it now, as Unix time." + CACHED, "tenant", "id");
    static final FamilySpec ISSUE_LAST_UPDATE = FamilySpec.gauge("m365_issue_last_update_timestamp_seconds",
            "Last modification of an unresolved issue as Unix time." + CACHED, "tenant", "id");
    static final FamilySpec ISSUE_NEXT_UPDATE = FamilySpec.gauge("m365_issue_next_update_timestamp_seconds",
            "Time by which Microsoft's latest post on the open issue promises the next update, as Unix time;"
                    + " absent when it promises none." + CACHED, "tenant", "id");
    static final FamilySpec ISSUE_REOPENS = FamilySpec.gauge("m365_issue_reopens",
            "Times an unresolved issue came back after being resolved." + CACHED, "tenant", "id");

    static final FamilySpec ISSUES_SEEN = FamilySpec.counter("m365_issues_seen",
            "Distinct issues in the stored history." + CACHED, "tenant", "service_name", "classification");
    /** Named like {@code m365_issues_seen}: as {@code m365_issue_reopens} its family would clash with the gauge above. */
    static final FamilySpec ISSUES_REOPENED = FamilySpec.counter("m365_issues_reopened",
            "Reopen events in the stored history, by kind (same_id or follow_up)." + CACHED,
            "tenant", "service_name", "classification", "kind");
    static final FamilySpec ISSUES_VANISHED = FamilySpec.counter("m365_issues_vanished",
            "Unresolved issues that left Graph's complete issue listings without being resolved." + CACHED,
            "tenant", "service_name", "classification");
    static final FamilySpec RESOLUTION_DURATION = FamilySpec.histogram("m365_issue_resolution_duration_seconds",
            "End minus start of the ended issues in the stored history." + CACHED,
            "tenant", "service_name", "classification");
    static final FamilySpec SERVICE_IMPACT = FamilySpec.counter("m365_service_impact_seconds",
            "Length of the union of the intervals in which the service had at least one issue of the"
                    + " classification." + CACHED, "tenant", "service_name", "classification");

    static final FamilySpec MESSAGES = FamilySpec.gauge("m365_messages",
            "Active Message Center posts; a post counts once per service it names." + CACHED,
            "tenant", "service_name", "category", "severity", "major_change");
    static final FamilySpec MESSAGE_INFO = FamilySpec.gauge("m365_message_info",
            "Descriptive labels of an active Message Center post that requires action (every active post with metrics.messages: all; value 1, title trimmed)." + CACHED,
            "tenant", "id", "category", "severity", "major_change", "title");
    static final FamilySpec MESSAGE_ACT_BY = FamilySpec.gauge("m365_message_action_required_by_timestamp_seconds",
            "Deadline for admin action on an active post, as Unix time; only where one is set." + CACHED,
            "tenant", "id");
    static final FamilySpec MESSAGE_START = FamilySpec.gauge("m365_message_start_timestamp_seconds",
            "Start of an active post as Unix time (metrics.messages: all)." + CACHED, "tenant", "id");
    static final FamilySpec MESSAGE_END = FamilySpec.gauge("m365_message_end_timestamp_seconds",
            "End of an active post as Unix time; only where one is set (metrics.messages: all)." + CACHED, "tenant", "id");
    static final FamilySpec MESSAGE_LAST_UPDATE = FamilySpec.gauge("m365_message_last_update_timestamp_seconds",
            "Last modification of an active post as Unix time (metrics.messages: all)." + CACHED, "tenant", "id");
    static final FamilySpec MESSAGES_SEEN = FamilySpec.counter("m365_messages_seen",
            "Distinct Message Center posts in the stored history." + CACHED, "tenant", "category", "severity");

    /** Self metrics first (the ones kept when a tenant's data fails to render), then the data. */
    static final List<FamilySpec> ALL = List.of(
            BUILD_INFO, SHARD_INFO, UP, POLL_LAST_SUCCESS, POLL_DURATION,
            SERVICE_STATUS, ISSUES_OPEN, ISSUE_OPEN, ISSUE_INFO, ISSUE_STATUS,
            ISSUE_START, ISSUE_LAST_UPDATE, ISSUE_NEXT_UPDATE, ISSUE_REOPENS,
            ISSUES_SEEN, ISSUES_REOPENED, ISSUES_VANISHED, RESOLUTION_DURATION, SERVICE_IMPACT,
            MESSAGES, MESSAGE_INFO, MESSAGE_ACT_BY, MESSAGE_START, MESSAGE_END, MESSAGE_LAST_UPDATE,
            MESSAGES_SEEN);

    private MetricFamilies() {
    }
}
