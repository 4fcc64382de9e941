package io.github.m365health.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules over the dashboard as a whole: identity, schema, layout, links. */
final class DashboardRules {

    static final int SCHEMA_VERSION = 39;
    static final String TAG = "m365";
    private static final Pattern UID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern DASHBOARD_URL = Pattern.compile("^/d/([^/?#]+)");

    private DashboardRules() {}

    static List<LintRule> all() {
        return List.of(
                new LintRule("uneditable-dashboard", DashboardRules::uneditable),
                new LintRule("dashboard-title-rule", DashboardRules::title),
                new LintRule("dashboard-uid-rule", DashboardRules::uid),
                new LintRule("schema-version-rule", DashboardRules::schemaVersion),
                new LintRule("no-datasource-input-rule", DashboardRules::noDatasourceInputs),
                new LintRule("dashboard-tags-rule", DashboardRules::tags),
                new LintRule("unique-panel-id-rule", DashboardRules::uniquePanelIds),
                new LintRule("grid-pos-rule", DashboardLayout::gridPositions),
                new LintRule("dashboard-links-rule", DashboardLayout::links));
    }

    // dashboard-linter uneditable-dashboard: provisioned dashboards are changed in the repository, not the UI.
    private static List<String> uneditable(Dashboard d, LintRule.LintContext context) {
        return d.json().path("editable").isBoolean() && !d.json().path("editable").asBoolean()
                ? List.of() : List.of("editable must be false, is " + d.json().path("editable"));
    }

    // mixtool lint: "dashboard has no title".
    private static List<String> title(Dashboard d, LintRule.LintContext context) {
        return d.title().isBlank() ? List.of("dashboard has no title") : List.of();
    }

    // mixtool lint: "dashboard has no UID, please set one for links to work"; Grafana caps a uid at 40 characters.
    private static List<String> uid(Dashboard d, LintRule.LintContext context) {
        if (d.uid().isEmpty()) {
            return List.of("dashboard has no uid, links need one");
        }
        return UID.matcher(d.uid()).matches() ? List.of()
                : List.of("uid '" + d.uid() + "' must be 1-40 characters of a-z, 0-9 and '-'");
    }

    // Pinned so an export from a newer Grafana, which migrates the JSON forward, shows up in review.
    private static List<String> schemaVersion(Dashboard d, LintRule.LintContext context) {
        int version = d.json().path("schemaVersion").asInt(-1);
        return version == SCHEMA_VERSION ? List.of() : List.of("schemaVersion is " + version + ", wants " + SCHEMA_VERSION);
    }

    // "Export for sharing externally" leaves __inputs and ${DS_…}; provisioning never substitutes them
    // (grafana/grafana#10786), so such a dashboard shows "Datasource ${DS_PROMETHEUS} was not found".
    private static List<String> noDatasourceInputs(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        for (String field : List.of("__inputs", "__requires", "__elements")) {
            if (d.json().has(field)) {
                findings.add("has " + field + " from an external export");
            }
        }
        if (d.json().toString().contains("${DS_")) {
            findings.add("contains a ${DS_…} placeholder");
        }
        return findings;
    }

    // The dashboard links find each other by this tag.
    private static List<String> tags(Dashboard d, LintRule.LintContext context) {
        for (JsonNode tag : d.json().path("tags")) {
            if (tag.asText().equals(TAG)) {
                return List.of();
            }
        }
        return List.of("tags " + d.json().path("tags") + " lack '" + TAG + "'");
    }

    private static List<String> uniquePanelIds(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (JsonNode panel : d.panels()) {
            if (!panel.path("id").canConvertToInt()) {
                findings.add(Dashboard.describe(panel) + " has no numeric id");
            } else if (!seen.add(panel.path("id").asInt())) {
                findings.add(Dashboard.describe(panel) + " repeats id " + panel.path("id").asInt());
            }
        }
        return findings;
    }

    /** The uid a Grafana-relative dashboard URL points at, if it is one. */
    static java.util.Optional<String> linkedUid(String url) {
        Matcher m = DASHBOARD_URL.matcher(url);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }
}
