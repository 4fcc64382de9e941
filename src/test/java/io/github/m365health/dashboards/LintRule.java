package io.github.m365health.dashboards;

import java.util.List;

/** A named check over one dashboard; each finding is a one-line message naming the place. */
record LintRule(String name, Check check) {

    @FunctionalInterface
    interface Check {
        List<String> findings(Dashboard dashboard, LintContext context);
    }

    /** The shipped dashboards, against which links and uids of the dashboard under check resolve. */
    record LintContext(List<Dashboard> shipped) {}

    record Finding(String rule, String dashboard, String message) {
        @Override
        public String toString() {
            return "[" + rule + "] " + dashboard + ": " + message;
        }
    }

    List<Finding> run(Dashboard dashboard, LintContext context) {
        return check.findings(dashboard, context).stream()
                .map(message -> new Finding(name, dashboard.fileName(), message))
                .toList();
    }
}
