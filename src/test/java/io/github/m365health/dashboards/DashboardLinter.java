package io.github.m365health.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dashboard lint: grafana/dashboard-linter's and mixtool's dashboard rules that apply to this
 * project, re-implemented over the JSON because neither Go tool runs in our build.
 *
 * <p>Upstream rules implemented (under their upstream names): template-datasource-rule,
 * template-label-promql-rule, template-on-time-change-reload-rule, panel-datasource-rule,
 * panel-title-description-rule, panel-units-rule, panel-no-targets-rule, target-promql-rule,
 * target-rate-interval-rule, target-counter-agg-rule, target-required-matchers-rule,
 * uneditable-dashboard; from mixtool's lint, dashboard-title-rule and dashboard-uid-rule.
 *
 * <p>Not applicable: template-job-rule, template-instance-rule, target-job-rule and
 * target-instance-rule. Our series describe tenants, not the scrape target: one exporter serves
 * many tenants, and the SLA recording rules keep only tenant, service_name and classification, so
 * a job or instance matcher would empty those panels. The {@code tenant} variable takes their
 * place, checked by template-label-variable-rule (the template-job-rule checks, applied to our
 * label variables) and target-required-matchers-rule.
 *
 * <p>Project rules: schema-version-rule, no-datasource-input-rule, dashboard-tags-rule,
 * unique-panel-id-rule, grid-pos-rule, dashboard-links-rule.
 */
final class DashboardLinter {

    static final Path SHIPPED = Path.of("grafana-dashboards");

    private final LintRule.LintContext context;

    DashboardLinter(List<Dashboard> shipped) {
        this.context = new LintRule.LintContext(List.copyOf(shipped));
    }

    static List<LintRule> rules() {
        List<LintRule> all = new ArrayList<>();
        all.addAll(TemplateRules.all());
        all.addAll(PanelRules.all());
        all.addAll(TargetRules.all());
        all.addAll(DashboardRules.all());
        return List.copyOf(all);
    }

    List<LintRule.Finding> lint(Dashboard dashboard) {
        List<LintRule.Finding> findings = new ArrayList<>();
        for (LintRule rule : rules()) {
            findings.addAll(rule.run(dashboard, context));
        }
        return findings;
    }

    static List<Dashboard> loadAll(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(Dashboard::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
