package io.github.m365health.dashboards;

import io.github.m365health.dashboards.PromQlExpr.Call;
import io.github.m365health.dashboards.PromQlExpr.LabelMatcher;
import io.github.m365health.dashboards.PromQlExpr.MatrixSelector;
import io.github.m365health.dashboards.PromQlExpr.Subquery;
import io.github.m365health.dashboards.PromQlExpr.Type;
import io.github.m365health.dashboards.PromQlExpr.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rules over every PromQL expression of a dashboard: panel targets and annotations. */
final class TargetRules {

    /**
     * Fixed windows a dashboard may use besides Grafana's variables, each with its reason. A panel
     * using one must have the same minimum interval, so every point covers one window exactly once.
     */
    static final Map<String, String> DOCUMENTED_WINDOWS = Map.of(
            "1w", "per-week counts (issues and Message Center posts first seen each week)");

    private static final Set<String> RATE_FUNCTIONS = Set.of("rate", "irate");
    private static final Set<String> COUNTER_FUNCTIONS = Set.of("rate", "irate", "increase");

    private TargetRules() {}

    static List<LintRule> all() {
        return List.of(
                new LintRule("target-promql-rule", TargetRules::promql),
                new LintRule("target-rate-interval-rule", TargetRules::rateInterval),
                new LintRule("target-counter-agg-rule", TargetRules::counterAggregation),
                new LintRule("target-required-matchers-rule", TargetRules::requiredMatchers));
    }

    // dashboard-linter target-promql-rule: the stored text parses, so does the text Prometheus receives after
    // Grafana's substitution, and it names only metrics, labels and variables that exist.
    private static List<String> promql(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        Set<String> variables = d.variableNames();
        for (Dashboard.Query q : d.queries()) {
            try {
                PromQlExpr expr = PromQlParser.parseTemplate(q.expr());
                PromQlParser.parseStrict(GrafanaTemplating.substitute(q.expr()));
                if (expr.type() != Type.VECTOR && expr.type() != Type.SCALAR) {
                    findings.add(q.where() + ": result is a " + PromQlTypes.describe(expr.type()) + ", Grafana wants an instant vector");
                }
                for (VectorSelector s : PromQlExpr.selectors(expr)) {
                    String metric = s.metric().orElse("");
                    if (!KnownMetrics.isKnown(metric)) {
                        findings.add(q.where() + ": unknown metric '" + metric + "'");
                        continue;
                    }
                    for (LabelMatcher m : s.matchers()) {
                        if (!KnownMetrics.hasLabel(metric, m.label())) {
                            findings.add(q.where() + ": " + metric + " has no label '" + m.label() + "'");
                        }
                    }
                }
            } catch (PromQlException e) {
                findings.add(q.where() + ": " + e.getMessage());
            }
            for (String v : GrafanaTemplating.referencedVariables(q.expr())) {
                if (!variables.contains(v) && !GrafanaTemplating.GLOBALS.containsKey(v)) {
                    findings.add(q.where() + ": undefined variable $" + v);
                }
            }
        }
        return findings;
    }

    // dashboard-linter target-rate-interval-rule: rate and irate use $__rate_interval. Stricter here: increase
    // and the *_over_time functions use a Grafana interval variable or a documented window matched by the panel.
    private static List<String> rateInterval(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        for (Dashboard.Query q : d.queries()) {
            parsed(q).ifPresent(expr -> PromQlExpr.walk(expr, (node, parents) -> {
                String range = node instanceof MatrixSelector m ? m.range() : node instanceof Subquery s ? s.range() : null;
                if (range == null) {
                    return;
                }
                String function = !parents.isEmpty() && parents.get(parents.size() - 1) instanceof Call c ? c.function() : "";
                if (RATE_FUNCTIONS.contains(function)) {
                    if (!range.equals("$__rate_interval")) {
                        findings.add(q.where() + ": " + function + "() over [" + range + "] should use $__rate_interval");
                    }
                } else if (DOCUMENTED_WINDOWS.containsKey(range)) {
                    String interval = q.panel().map(p -> p.path("interval").asText("")).orElse("");
                    if (!interval.equals(range)) {
                        findings.add(q.where() + ": window [" + range + "] needs the panel's interval set to " + range + ", is '" + interval + "'");
                    }
                } else if (!Set.of("$__rate_interval", "$__range", "$__interval").contains(range)) {
                    findings.add(q.where() + ": range [" + range + "] is neither a Grafana interval variable nor one of "
                            + DOCUMENTED_WINDOWS.keySet());
                }
            }));
        }
        return findings;
    }

    // dashboard-linter target-counter-agg-rule: a _total counter is only read through rate, irate or increase.
    private static List<String> counterAggregation(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        for (Dashboard.Query q : d.queries()) {
            parsed(q).ifPresent(expr -> PromQlExpr.walk(expr, (node, parents) -> {
                if (!(node instanceof VectorSelector s) || !s.metric().orElse("").endsWith("_total")) {
                    return;
                }
                int n = parents.size();
                boolean ranged = n >= 2 && parents.get(n - 1) instanceof MatrixSelector
                        && parents.get(n - 2) instanceof Call c && COUNTER_FUNCTIONS.contains(c.function());
                if (!ranged) {
                    findings.add(q.where() + ": counter " + s.metric().get() + " is not wrapped in rate, irate or increase");
                }
            }));
        }
        return findings;
    }

    // dashboard-linter target-required-matchers-rule, configured from the dashboard itself: every selector of a
    // metric carrying a label that is also a variable (tenant, service_name, …) filters on it, either with
    // label=~"$variable" (=~ because the variables are multi-value) or with a fixed value chosen on purpose.
    private static List<String> requiredMatchers(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        List<String> labels = d.queryVariables().stream().map(v -> v.path("name").asText()).toList();
        for (Dashboard.Query q : d.queries()) {
            parsed(q).ifPresent(expr -> {
                for (VectorSelector s : PromQlExpr.selectors(expr)) {
                    String metric = s.metric().orElse("");
                    Set<String> own = KnownMetrics.labels(metric).orElse(Set.of());
                    for (String label : labels) {
                        if (!own.contains(label)) {
                            continue;
                        }
                        Optional<LabelMatcher> m = s.matcherFor(label);
                        if (m.isEmpty()) {
                            findings.add(q.where() + ": " + metric + " lacks " + label + "=~\"$" + label + "\"");
                        } else if (m.get().references(label) && !m.get().op().equals("=~")) {
                            findings.add(q.where() + ": " + metric + " matches multi-value $" + label + " with " + m.get().op() + ", wants =~");
                        } else if (!m.get().references(label) && m.get().value().contains("$")) {
                            findings.add(q.where() + ": " + metric + " filters " + label + " on another variable: " + m.get().value());
                        }
                    }
                }
            });
        }
        return findings;
    }

    // Rules other than target-promql-rule skip what does not parse: that rule reports it once.
    private static Optional<PromQlExpr> parsed(Dashboard.Query q) {
        try {
            return Optional.of(PromQlParser.parseTemplate(q.expr()));
        } catch (PromQlException e) {
            return Optional.empty();
        }
    }
}
