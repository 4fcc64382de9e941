package io.github.m365health.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.dashboards.PromQlExpr.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules over the dashboard's template variables. */
final class TemplateRules {

    private static final Pattern VARIABLE_FUNCTION = Pattern.compile("(?s)\\s*([a-z_]+)\\((.*)\\)\\s*");
    private static final List<String> VARIABLE_FUNCTIONS = List.of("label_names", "label_values", "metrics", "query_result");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    static final String TENANT_QUERY = "label_values(m365_up, tenant)";

    private TemplateRules() {}

    static List<LintRule> all() {
        return List.of(
                new LintRule("template-datasource-rule", TemplateRules::datasourceVariable),
                new LintRule("template-label-promql-rule", TemplateRules::labelQueries),
                new LintRule("template-on-time-change-reload-rule", TemplateRules::reloadOnTimeChange),
                new LintRule("template-label-variable-rule", TemplateRules::labelVariables));
    }

    // dashboard-linter template-datasource-rule: one datasource variable, named and labelled as the linter expects.
    private static List<String> datasourceVariable(Dashboard d, LintRule.LintContext context) {
        List<JsonNode> sources = d.variables().stream().filter(v -> v.path("type").asText().equals("datasource")).toList();
        if (sources.size() != 1) {
            return List.of("needs exactly one variable of type datasource, has " + sources.size());
        }
        JsonNode v = sources.get(0);
        List<String> findings = new ArrayList<>();
        expect(findings, v, "name", "datasource");
        expect(findings, v, "label", "Data source");
        expect(findings, v, "query", "prometheus");
        return findings;
    }

    // dashboard-linter template-label-promql-rule: a variable query is a known function over valid PromQL.
    private static List<String> labelQueries(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        for (JsonNode v : d.queryVariables()) {
            String query = Dashboard.variableQuery(v);
            String where = "variable '" + v.path("name").asText() + "'";
            Matcher m = VARIABLE_FUNCTION.matcher(query);
            if (!m.matches() || !VARIABLE_FUNCTIONS.contains(m.group(1))) {
                findings.add(where + ": query '" + query + "' is not one of " + VARIABLE_FUNCTIONS);
                continue;
            }
            String function = m.group(1);
            String args = m.group(2);
            if (function.equals("label_names") || function.equals("metrics")) {
                continue;
            }
            int comma = function.equals("label_values") ? lastTopLevelComma(args) : -1;
            if (function.equals("label_values") && comma < 0) {
                if (!LABEL_NAME.matcher(args.strip()).matches()) {
                    findings.add(where + ": label_values wants (selector, label) or (label), got '" + args + "'");
                }
                continue;
            }
            String expr = comma < 0 ? args : args.substring(0, comma);
            String label = comma < 0 ? "" : args.substring(comma + 1).strip();
            try {
                for (VectorSelector s : PromQlExpr.selectors(PromQlParser.parseTemplate(expr))) {
                    String metric = s.metric().orElse("");
                    if (!KnownMetrics.isKnown(metric)) {
                        findings.add(where + ": unknown metric '" + metric + "'");
                    } else if (!label.isEmpty() && !KnownMetrics.hasLabel(metric, label)) {
                        findings.add(where + ": metric " + metric + " has no label '" + label + "'");
                    }
                }
            } catch (PromQlException e) {
                findings.add(where + ": " + e.getMessage() + " in '" + expr + "'");
            }
        }
        return findings;
    }

    // dashboard-linter template-on-time-change-reload-rule: query variables refresh on time range change (2).
    private static List<String> reloadOnTimeChange(Dashboard d, LintRule.LintContext context) {
        return d.queryVariables().stream()
                .filter(v -> v.path("refresh").asInt(-1) != 2)
                .map(v -> "variable '" + v.path("name").asText() + "' has refresh " + v.path("refresh") + ", wants 2 (on time range change)")
                .toList();
    }

    // Modelled on dashboard-linter template-job-rule and template-instance-rule, for the labels that scope
    // our series (tenant first): multi-value with All as ".+", on the templated datasource, narrowed by tenant.
    private static List<String> labelVariables(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        List<JsonNode> tenant = d.queryVariables().stream().filter(v -> v.path("name").asText().equals("tenant")).toList();
        if (tenant.size() != 1 || !Dashboard.variableQuery(tenant.get(0)).equals(TENANT_QUERY)) {
            findings.add("needs one query variable 'tenant' from " + TENANT_QUERY);
        }
        for (JsonNode v : d.queryVariables()) {
            String name = v.path("name").asText();
            String where = "variable '" + name + "'";
            if (v.path("hide").asInt() == 2 && v.path("datasource").path("uid").asText().equals("${datasource}")) {
                // Hidden: not a filter but a value for links (external_url), so none of the filter rules apply.
                continue;
            }
            if (!v.path("multi").asBoolean() || !v.path("includeAll").asBoolean()) {
                findings.add(where + " must be multi-value with an All option");
            }
            if (!v.path("allValue").asText().equals(".+")) {
                findings.add(where + " must have allValue \".+\", has \"" + v.path("allValue").asText() + "\"");
            }
            if (!PanelRules.isTemplatedDatasource(v.path("datasource"))) {
                findings.add(where + " must query the ${datasource} variable");
            }
            if (!name.equals("tenant") && !Dashboard.variableQuery(v).contains("tenant=~\"$tenant\"")) {
                findings.add(where + " must narrow its query with tenant=~\"$tenant\"");
            }
        }
        return findings;
    }

    private static void expect(List<String> findings, JsonNode v, String field, String wanted) {
        if (!v.path(field).asText().equals(wanted)) {
            findings.add("datasource variable " + field + " is '" + v.path(field).asText() + "', wants '" + wanted + "'");
        }
    }

    /** Index of the last comma outside quotes and brackets, or -1: splits label_values(selector, label). */
    static int lastTopLevelComma(String text) {
        int depth = 0;
        int last = -1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '{' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '}' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                last = i;
            }
        }
        return last;
    }
}
