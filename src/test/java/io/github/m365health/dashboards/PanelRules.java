package io.github.m365health.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules over panels: datasource, title and description, units, targets. */
final class PanelRules {

    static final String DATASOURCE_UID = "${datasource}";

    // Grafana unit ids (packages/grafana-data/src/valueFormats/categories.ts) that suit this project's data.
    static final Set<String> VALID_UNITS = Set.of(
            "none", "string", "short", "percent", "percentunit", "locale", "sci",
            "dateTimeAsIso", "dateTimeAsIsoNoDateIfToday", "dateTimeAsUS", "dateTimeAsUSNoDateIfToday",
            "dateTimeAsLocal", "dateTimeAsLocalNoDateIfToday", "dateTimeAsSystem", "dateTimeFromNow",
            "ns", "µs", "ms", "s", "m", "h", "d", "dtdurationms", "dtdurations", "dthms", "dtdhms",
            "timeticks", "clockms", "clocks",
            "cps", "ops", "reqps", "rps", "wps", "iops", "cpm", "opm", "rpm", "wpm",
            "bytes", "decbytes", "bits", "decbits", "bool", "bool_yes_no", "bool_on_off");

    private PanelRules() {}

    static List<LintRule> all() {
        return List.of(
                new LintRule("panel-datasource-rule", PanelRules::datasources),
                new LintRule("panel-title-description-rule", PanelRules::titleAndDescription),
                new LintRule("panel-units-rule", PanelRules::units),
                new LintRule("panel-no-targets-rule", PanelRules::targets));
    }

    static boolean isTemplatedDatasource(JsonNode datasource) {
        return datasource.path("type").asText().equals("prometheus") && datasource.path("uid").asText().equals(DATASOURCE_UID);
    }

    // dashboard-linter panel-datasource-rule, extended to every "datasource" in the file (targets, variables,
    // annotations): each is {"type":"prometheus","uid":"${datasource}"}, so no datasource uid is hard-coded.
    // The only other one allowed is Grafana's own, on the built-in annotation.
    private static List<String> datasources(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        for (JsonNode panel : d.panels()) {
            if (!Dashboard.isRow(panel) && !panel.has("datasource")) {
                findings.add(Dashboard.describe(panel) + " has no datasource");
            }
        }
        collectDatasources(d.json(), "", findings);
        return findings;
    }

    private static void collectDatasources(JsonNode node, String path, List<String> findings) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectDatasources(node.get(i), path + "[" + i + "]", findings);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String at = path + "." + field.getKey();
            if (field.getKey().equals("datasource")) {
                boolean builtIn = node.has("builtIn") && field.getValue().path("type").asText().equals("grafana");
                if (!builtIn && !isTemplatedDatasource(field.getValue())) {
                    findings.add(at + " is " + field.getValue() + ", wants {\"type\":\"prometheus\",\"uid\":\"" + DATASOURCE_UID + "\"}");
                }
            } else {
                collectDatasources(field.getValue(), at, findings);
            }
        }
    }

    // dashboard-linter panel-title-description-rule, for every panel type; rows need a title only.
    private static List<String> titleAndDescription(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        for (JsonNode panel : d.panels()) {
            if (panel.path("title").asText().isBlank()) {
                findings.add(Dashboard.describe(panel) + " has no title");
            }
            if (!Dashboard.isRow(panel) && panel.path("description").asText().isBlank()) {
                findings.add(Dashboard.describe(panel) + " has no description");
            }
        }
        return findings;
    }

    // dashboard-linter panel-units-rule, for every panel type: a valid default unit, and valid units in overrides.
    private static List<String> units(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        for (JsonNode panel : d.panels()) {
            if (Dashboard.isRow(panel)) {
                continue;
            }
            String unit = panel.path("fieldConfig").path("defaults").path("unit").asText("");
            if (!VALID_UNITS.contains(unit)) {
                findings.add(Dashboard.describe(panel) + " has no or an invalid unit: '" + unit + "'");
            }
            for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
                for (JsonNode property : override.path("properties")) {
                    if (property.path("id").asText().equals("unit") && !VALID_UNITS.contains(property.path("value").asText())) {
                        findings.add(Dashboard.describe(panel) + " overrides an invalid unit: '" + property.path("value").asText() + "'");
                    }
                }
            }
        }
        return findings;
    }

    // dashboard-linter panel-no-targets-rule: every panel but a row queries something.
    private static List<String> targets(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        for (JsonNode panel : d.panels()) {
            if (Dashboard.isRow(panel)) {
                continue;
            }
            boolean queries = false;
            for (JsonNode target : panel.path("targets")) {
                queries |= !target.path("expr").asText().isBlank();
            }
            if (!queries) {
                findings.add(Dashboard.describe(panel) + " has no target with an expression");
            }
        }
        return findings;
    }
}
